// Hostile and broken input: each request gets a problem+json saying what is wrong, and nothing in the database changes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { Task } from '@plankit/sdk/schemas';
import { MAX_BODY_BYTES } from '../src/http/body.js';
import {
  PLAN_ID,
  VIEWER_TOKEN,
  EDITOR_TOKEN,
  problemOf,
  raw,
  startTestServer,
  tableChecksums,
  type RawRequest,
  type TestServer,
} from './helpers.js';

let server: TestServer;
let task: Task;
let gridId: string;
let checksums: Record<string, string>;

before(async () => {
  server = await startTestServer();
  task = ((await raw(server, `/api/v1/plans/${PLAN_ID}/tasks`)).json as { items: Task[] }).items[0] as Task;
  gridId = ((await raw(server, '/api/v1/grids')).json as { features: Array<{ id: string }> }).features[0]?.id as string;
  checksums = tableChecksums(server.dbPath);
});

after(async () => {
  // Whatever was thrown at it, the server still answers and the data is as it was.
  const health = await raw(server, '/api/v1/plans');
  assert.equal(health.status, 200);
  assert.deepEqual(tableChecksums(server.dbPath), checksums);
  await server.dispose();
});

const patchTask = (request: RawRequest) =>
  raw(server, `/api/v1/tasks/${task.id}`, {
    method: 'PATCH',
    ...request,
    headers: { 'If-Match': `"${task.version}"`, ...request.headers },
  });

interface Case {
  name: string;
  send: () => ReturnType<typeof raw>;
  status: number;
  path?: string;
  detail: RegExp;
}

/** A body of nested arrays deeper than any contract body. */
const nested = (depth: number) => `{"progress":${'['.repeat(depth)}1${']'.repeat(depth)}}`;

const cases: Case[] = [
  {
    name: 'malformed JSON',
    send: () => patchTask({ body: '{"progress": ', headers: { 'Content-Type': 'application/json' } }),
    status: 400,
    path: 'body',
    detail: /malformed JSON/,
  },
  {
    name: 'an empty body',
    send: () => patchTask({ body: '', headers: { 'Content-Type': 'application/json' } }),
    status: 400,
    path: 'body',
    detail: /empty/,
  },
  {
    name: 'a wrong type',
    send: () => patchTask({ body: { progress: '50' } }),
    status: 400,
    path: 'body.progress',
    detail: /expected number/,
  },
  {
    name: 'an out-of-range number',
    send: () => patchTask({ body: { progress: -1 } }),
    status: 400,
    path: 'body.progress',
    detail: /≥ 0/,
  },
  {
    name: 'an unknown status',
    send: () => patchTask({ body: { status: 'finished' } }),
    status: 400,
    path: 'body.status',
    detail: /expected one of/,
  },
  {
    name: 'an unknown field',
    send: () => patchTask({ body: { colour: 'red' } }),
    status: 400,
    path: 'body.colour',
    detail: /unknown field/,
  },
  {
    name: 'a field the user may not change',
    send: () => patchTask({ body: { version: 99 } }),
    status: 400,
    path: 'body.version',
    detail: /unknown field/,
  },
  {
    name: 'an array instead of an object',
    send: () => patchTask({ body: [1, 2] }),
    status: 400,
    path: 'body',
    detail: /expected object/,
  },
  {
    name: 'null',
    send: () => patchTask({ body: 'null', headers: { 'Content-Type': 'application/json' } }),
    status: 400,
    path: 'body',
    detail: /expected object/,
  },
  {
    name: 'a number too large for JSON to keep',
    send: () => patchTask({ body: '{"progress": 1e400}', headers: { 'Content-Type': 'application/json' } }),
    status: 400,
    path: 'body.progress',
    detail: /./,
  },
  {
    name: 'deeply nested JSON',
    send: () => patchTask({ body: nested(5000), headers: { 'Content-Type': 'application/json' } }),
    status: 400,
    path: 'body',
    detail: /nested 5001 levels/,
  },
  {
    name: 'invalid UTF-8',
    send: () =>
      patchTask({
        body: new Uint8Array([
          0x7b, 0x22, 0x61, 0x73, 0x73, 0x69, 0x67, 0x6e, 0x65, 0x65, 0x73, 0x22, 0x3a, 0x5b, 0x22, 0xff, 0xfe, 0x22,
          0x5d, 0x7d,
        ]),
        headers: { 'Content-Type': 'application/json' },
      }),
    status: 400,
    path: 'body',
    detail: /UTF-8/,
  },
  {
    name: 'an oversized body (declared)',
    send: () =>
      patchTask({
        body: JSON.stringify({ assignees: ['x'.repeat(MAX_BODY_BYTES)] }),
        headers: { 'Content-Type': 'application/json' },
      }),
    status: 413,
    detail: /limit/,
  },
  {
    name: 'text/plain',
    send: () => patchTask({ body: '{"progress": 5}', headers: { 'Content-Type': 'text/plain' } }),
    status: 415,
    detail: /application\/json/,
  },
  {
    name: 'a form',
    send: () => patchTask({ body: 'progress=5', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
    status: 415,
    detail: /application\/json/,
  },
  {
    name: 'JSON in another charset',
    send: () => patchTask({ body: '{"progress": 5}', headers: { 'Content-Type': 'application/json; charset=latin1' } }),
    status: 415,
    detail: /utf-8/,
  },
  {
    name: 'no content type',
    send: () => patchTask({ body: new TextEncoder().encode('{"progress": 5}') }),
    status: 415,
    detail: /missing/,
  },
  {
    name: 'a bad cursor',
    send: () => raw(server, '/api/v1/retailers?cursor=%00%01', { token: VIEWER_TOKEN }),
    status: 400,
    path: 'query.cursor',
    detail: /cursor/,
  },
  {
    name: 'a non-numeric limit',
    send: () => raw(server, '/api/v1/retailers?limit=ten', { token: VIEWER_TOKEN }),
    status: 400,
    path: 'query.limit',
    detail: /expected number/,
  },
  {
    name: 'a fractional tier',
    send: () => raw(server, '/api/v1/retailers?tier=2.5', { token: VIEWER_TOKEN }),
    status: 400,
    path: 'query.tier',
    detail: /./,
  },
  {
    name: 'a repeated query parameter',
    send: () => raw(server, '/api/v1/retailers?tier=1&tier=2', { token: VIEWER_TOKEN }),
    status: 400,
    path: 'query.tier',
    detail: /more than once/,
  },
  {
    name: 'an unknown query parameter',
    send: () => raw(server, `/api/v1/plans/${PLAN_ID}/tasks?colour=red`, { token: VIEWER_TOKEN }),
    status: 400,
    path: 'query.colour',
    detail: /unknown field/,
  },
  {
    name: 'SQL in an enum filter',
    send: () =>
      raw(server, `/api/v1/plans/${PLAN_ID}/tasks?status=${encodeURIComponent("' OR 1=1 --")}`, {
        token: VIEWER_TOKEN,
      }),
    status: 400,
    path: 'query.status',
    detail: /expected one of/,
  },
  {
    name: 'SQL in an id filter',
    send: () =>
      raw(server, `/api/v1/plans/${PLAN_ID}/tasks?pillar=${encodeURIComponent("p1' OR '1'='1")}`, {
        token: VIEWER_TOKEN,
      }),
    status: 400,
    path: 'query.pillar',
    detail: /does not match/,
  },
  {
    name: 'SQL in a path parameter',
    send: () => raw(server, `/api/v1/plans/${encodeURIComponent("x' OR '1'='1")}/tasks`, { token: VIEWER_TOKEN }),
    status: 400,
    path: 'params.planId',
    detail: /does not match/,
  },
  {
    name: 'SQL in the If-Match header',
    send: () => patchTask({ body: { progress: 5 }, headers: { 'If-Match': '1 OR 1=1' } }),
    status: 400,
    path: 'headers.if-match',
    detail: /version/,
  },
  {
    name: 'an overlong Idempotency-Key',
    send: () =>
      raw(server, `/api/v1/grids/${gridId}/items`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'k'.repeat(201) },
        body: { kind: 'licence', title: 't' },
      }),
    status: 400,
    path: 'headers.idempotency-key',
    detail: /200/,
  },
  {
    name: 'a stage that does not exist',
    send: () =>
      raw(server, `/api/v1/grids/${gridId}/items?stage=${encodeURIComponent('collected; DROP TABLE grid_items')}`, {
        token: VIEWER_TOKEN,
      }),
    status: 400,
    path: 'query.stage',
    detail: /expected one of/,
  },
  {
    name: 'a title with a NUL byte and too long',
    send: () =>
      raw(server, `/api/v1/grids/${gridId}/items`, {
        method: 'POST',
        body: { kind: 'licence', title: `\u0000${'x'.repeat(600)}` },
      }),
    status: 400,
    path: 'body.title',
    detail: /500/,
  },
  {
    name: "a viewer's write, even a broken one",
    send: () => patchTask({ token: VIEWER_TOKEN, body: '{' }),
    status: 403,
    detail: /viewer/,
  },
];

describe('each bad request is a clear problem', () => {
  for (const badCase of cases) {
    test(badCase.name, async () => {
      const response = await badCase.send();
      const problem = problemOf(response);
      assert.equal(response.status, badCase.status, response.text);
      assert.equal(problem.status, badCase.status);
      assert.match(problem.detail, badCase.detail);
      if (badCase.path !== undefined) assert.equal(problem.errors?.[0]?.path, badCase.path, response.text);
    });
  }
});

test('SQL in the search text is only text: it matches nothing', async () => {
  // LIKE's own wildcards are escaped too: four of them match only four literal characters.
  for (const q of ["' OR 1=1 --", "'; DROP TABLE tasks; --", '%%%%', '____']) {
    const response = await raw(server, `/api/v1/plans/${PLAN_ID}/tasks?q=${encodeURIComponent(q)}`, {
      token: VIEWER_TOKEN,
    });
    assert.equal(response.status, 200);
    assert.deepEqual((response.json as { items: unknown[] }).items, [], q);
    const retailers = await raw(server, `/api/v1/retailers?q=${encodeURIComponent(q)}`, { token: VIEWER_TOKEN });
    assert.deepEqual((retailers.json as { items: unknown[] }).items, [], q);
  }
});

test('an oversized body without Content-Length is cut off while streaming', async () => {
  const url = new URL(`${server.url}/api/v1/tasks/${task.id}`);
  const status = await new Promise<{ status: number; type: string }>((resolve, reject) => {
    let answered = false;
    const request = httpRequest(
      url,
      {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${EDITOR_TOKEN}`,
          'Content-Type': 'application/json',
          'If-Match': `"${task.version}"`,
          'Transfer-Encoding': 'chunked',
        },
      },
      (response) => {
        answered = true;
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '' });
        response.resume();
      },
    );
    // Once the server has answered it may reset the connection under the rest of the upload: expected.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.write('{"assignees":["');
    const chunk = 'y'.repeat(16 * 1024);
    let sent = 0;
    const pump = () => {
      // Keep sending until the server answers (it stops reading after the limit).
      while (sent < MAX_BODY_BYTES * 4) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
      request.end('"]}');
    };
    pump();
  });
  assert.equal(status.status, 413);
  assert.match(status.type, /^application\/problem\+json/);
});
