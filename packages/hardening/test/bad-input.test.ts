// Bad input to the server (the one home of these checks): oversized and deeply nested bodies, invalid UTF-8, wrong
// content types, unknown fields, wrong types, injection-looking filters, path traversal in ids, huge limits and
// cursors, a viewer's write. Each must get a problem+json with a clear message (where a case names them, the exact
// status, the path of the first field error and words of the detail); nothing may be written (every table's
// checksum is unchanged); the server stays up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { tableChecksums } from '@plankit/server/testing';
import { rawRequest, type RawResult } from '../src/raw-http.js';
import { EDITOR_TOKEN, VIEWER_TOKEN, seedScope } from '../src/reference.js';
import { setUpSuite } from '../src/stage.js';
import { SuiteReport } from '../src/results.js';

interface BadRequest {
  name: string;
  group: 'body' | 'content type' | 'fields and types' | 'headers' | 'filters' | 'ids in paths' | 'paging' | 'roles';
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string | Buffer[];
  /** Acceptable statuses: every one a 4xx with a problem body. */
  status: number[];
  /** The token sent (an editor's unless said). */
  token?: string;
  /** The path of the first field error the problem must name (`body.progress`, `query.tier`…). */
  errorPath?: string;
  /** What the problem's detail must say. */
  detail?: RegExp;
}

/** A valid-looking filter that must be searched for literally: 200 with exactly the rows that contain it. */
interface LiteralSearch {
  name: string;
  path: (q: string) => string;
  q: string;
  /** Rows whose text contains q literally (case-insensitively for ASCII, as SQLite's LIKE). */
  expected: () => number;
}

const report = new SuiteReport('bad-input');
let checksumsBefore: Record<string, string>;
let ids: ReturnType<typeof seedScope>;
let taskVersion = 1;
const outcomes: Array<{ name: string; group: string; status: number; problem: boolean; message: string }> = [];
const searches: Array<{ name: string; count: number }> = [];
const changedTables: string[] = [];
/** The searches for a NUL character (the known bug), kept apart from the ones that behave. */
const nulSearches: Array<{ name: string; count: number }> = [];
/** Failures of the tests marked todo for a known bug in another package: reported, not counted as this suite failing. */
const knownBugs: string[] = [];

const json = (value: unknown): string => JSON.stringify(value);
const nested = (depth: number, open: string, close: string, inner = '1'): string =>
  open.repeat(depth) + inner + close.repeat(depth);
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
/** The largest request body the contract accepts (docs/http-api.md). */
const BODY_LIMIT = 64 * 1024;

/** Cases that share their group, method and path (and headers, when given), each with what is its own. */
function inGroup(
  shared: Pick<BadRequest, 'group' | 'method' | 'path' | 'headers'>,
  cases: Array<Omit<BadRequest, 'group' | 'method' | 'path'>>,
): BadRequest[] {
  return cases.map((item) => ({ ...shared, ...item }));
}

function requests(): BadRequest[] {
  const task = `/api/v1/tasks/${ids.taskId}`;
  const ifMatch = { ...JSON_TYPE, 'if-match': `"${taskVersion}"` };
  const measurement = `/api/v1/plans/${ids.planId}/kpis/${ids.kpiId}/measurements/2020-10`;
  const items = `/api/v1/grids/${ids.gridId}/items`;
  const big = json({ assignees: Array.from({ length: 40 }, () => 'x'.repeat(2000)) });
  const injection = ["' OR 1=1 --", '%', '_', '\\', '\u0000', '" OR ""="', '1; DROP TABLE tasks', 'x'.repeat(5000)];
  const list: BadRequest[] = [
    // Bodies.
    ...inGroup({ group: 'body', method: 'PATCH', path: task }, [
      { name: 'body over 64 KiB (Content-Length)', headers: ifMatch, body: big, status: [413], detail: /limit/ },
      {
        name: 'body over 64 KiB (chunked, no Content-Length)',
        headers: ifMatch,
        body: [Buffer.from(big.slice(0, 40_000)), Buffer.from(big.slice(40_000))],
        status: [413],
      },
      {
        name: 'Content-Length of 1 GiB declared',
        headers: { ...ifMatch, 'content-length': String(2 ** 30) },
        body: '{}',
        status: [413],
      },
      {
        name: 'JSON nested 10,000 arrays deep',
        headers: ifMatch,
        body: nested(10_000, '[', ']'),
        status: [400],
        errorPath: 'body',
      },
      {
        name: 'JSON nested 5,001 levels (an object around 5,000 arrays)',
        headers: ifMatch,
        body: `{"progress":${nested(5000, '[', ']')}}`,
        status: [400],
        errorPath: 'body',
        detail: /nested 5001 levels/,
      },
      { name: 'JSON nested 10,000 objects deep', headers: ifMatch, body: nested(10_000, '{"a":', '}'), status: [400] },
      {
        name: 'invalid UTF-8 bytes in a string',
        headers: ifMatch,
        body: Buffer.concat([
          Buffer.from('{"assignees":["'),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
          Buffer.from('"]}'),
        ]),
        status: [400],
        errorPath: 'body',
        detail: /UTF-8/,
      },
      {
        name: 'UTF-8-encoded lone surrogate',
        headers: ifMatch,
        body: Buffer.concat([Buffer.from('{"assignees":["'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"]}')]),
        status: [400],
      },
      {
        name: 'truncated JSON',
        headers: ifMatch,
        body: '{"status":"do',
        status: [400],
        errorPath: 'body',
        detail: /malformed JSON/,
      },
      { name: 'empty body', headers: ifMatch, body: '', status: [400], errorPath: 'body', detail: /empty/ },
      {
        name: 'JSON null',
        headers: ifMatch,
        body: 'null',
        status: [400],
        errorPath: 'body',
        detail: /expected object/,
      },
      {
        name: 'JSON array',
        headers: ifMatch,
        body: '[{"status":"done"}]',
        status: [400],
        errorPath: 'body',
        detail: /expected object/,
      },
    ]),
    // Content types.
    ...inGroup({ group: 'content type', method: 'PATCH', path: task }, [
      {
        name: 'text/plain',
        headers: { ...ifMatch, 'content-type': 'text/plain' },
        body: json({ status: 'done' }),
        status: [415],
        detail: /application\/json/,
      },
      {
        name: 'no Content-Type',
        headers: { 'if-match': `"${taskVersion}"` },
        body: json({ status: 'done' }),
        status: [415],
        detail: /missing/,
      },
    ]),
    ...inGroup({ group: 'content type', method: 'PUT', path: measurement }, [
      {
        name: 'form encoding',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'value=1',
        status: [415],
        detail: /application\/json/,
      },
      {
        name: 'JSON in latin1',
        headers: { 'content-type': 'application/json; charset=iso-8859-1' },
        body: json({ value: 1 }),
        status: [415],
        detail: /utf-8/,
      },
    ]),
    {
      name: 'multipart',
      group: 'content type',
      method: 'POST',
      path: items,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\n\r\n{}\r\n--x--',
      status: [415],
    },
    // Fields and types.
    ...inGroup({ group: 'fields and types', method: 'PATCH', path: task, headers: ifMatch }, [
      {
        name: 'unknown field',
        body: json({ status: 'done', colour: 'red' }),
        status: [400],
        errorPath: 'body.colour',
        detail: /unknown field/,
      },
      {
        name: 'a field the user may not change (version)',
        body: json({ version: 99 }),
        status: [400],
        errorPath: 'body.version',
        detail: /unknown field/,
      },
      { name: '__proto__ field', body: '{"__proto__":{"status":"done","polluted":true}}', status: [400] },
      { name: 'constructor.prototype field', body: '{"constructor":{"prototype":{"polluted":true}}}', status: [400] },
      {
        name: 'progress as a string',
        body: json({ progress: '50' }),
        status: [400],
        errorPath: 'body.progress',
        detail: /expected number/,
      },
      { name: 'progress 101', body: json({ progress: 101 }), status: [400], errorPath: 'body.progress' },
      { name: 'progress -1', body: json({ progress: -1 }), status: [400], errorPath: 'body.progress', detail: /≥ 0/ },
      { name: 'progress 1e309 (Infinity)', body: '{"progress":1e309}', status: [400], errorPath: 'body.progress' },
      {
        name: 'status not in the enum',
        body: json({ status: 'finished' }),
        status: [400],
        errorPath: 'body.status',
        detail: /expected one of/,
      },
      { name: 'assignees as a string', body: json({ assignees: 'me' }), status: [400] },
      { name: 'due 2020-02-30', body: json({ due: '2020-02-30' }), status: [400] },
    ]),
    ...inGroup({ group: 'fields and types', method: 'PUT', path: measurement, headers: JSON_TYPE }, [
      { name: 'measurement value "NaN"', body: json({ value: 'NaN' }), status: [400] },
      { name: 'measurement with an extra field', body: json({ value: 1, by: 'me' }), status: [400] },
    ]),
    ...inGroup({ group: 'fields and types', method: 'POST', path: items, headers: JSON_TYPE }, [
      {
        name: 'grid item title of 10,000 characters',
        body: json({ kind: 'counterfeit', title: 'x'.repeat(10_000) }),
        status: [400],
        errorPath: 'body.title',
        detail: /500/,
      },
      {
        name: 'grid item title with a NUL byte, 601 characters',
        body: json({ kind: 'licence', title: `\u0000${'x'.repeat(600)}` }),
        status: [400],
        errorPath: 'body.title',
        detail: /500/,
      },
      { name: 'grid item of an unknown kind', body: json({ kind: "' OR 1=1 --", title: 'x' }), status: [400] },
    ]),
    // Headers that guard writes.
    ...inGroup({ group: 'headers', method: 'PATCH', path: task }, [
      { name: 'If-Match missing', headers: JSON_TYPE, body: json({ status: 'done' }), status: [428] },
      { name: 'If-Match *', headers: { ...JSON_TYPE, 'if-match': '*' }, body: json({ status: 'done' }), status: [400] },
      {
        name: 'If-Match list',
        headers: { ...JSON_TYPE, 'if-match': '"1", "2"' },
        body: json({ status: 'done' }),
        status: [400],
      },
      {
        name: "If-Match ' OR 1=1 --",
        headers: { ...JSON_TYPE, 'if-match': "' OR 1=1 --" },
        body: json({ status: 'done' }),
        status: [400],
        errorPath: 'headers.if-match',
        detail: /version/,
      },
      {
        name: 'If-Match 1 OR 1=1 (unquoted)',
        headers: { ...JSON_TYPE, 'if-match': '1 OR 1=1' },
        body: json({ progress: 5 }),
        status: [400],
        errorPath: 'headers.if-match',
        detail: /version/,
      },
      {
        name: 'If-Match 99999999999999999999',
        headers: { ...JSON_TYPE, 'if-match': '"99999999999999999999"' },
        body: json({ status: 'done' }),
        status: [400, 412],
      },
    ]),
    ...[201, 300].map((length): BadRequest => ({
      name: `Idempotency-Key of ${length} characters`,
      group: 'headers',
      method: 'POST',
      path: items,
      headers: { ...JSON_TYPE, 'idempotency-key': 'k'.repeat(length) },
      body: json({ kind: 'counterfeit', title: 'x' }),
      status: [400],
      errorPath: 'headers.idempotency-key',
      detail: /200/,
    })),
    // Roles: a viewer's write is refused for the role before its body is read.
    {
      name: "a viewer's write, even a broken one",
      group: 'roles',
      method: 'PATCH',
      path: task,
      headers: ifMatch,
      body: '{',
      token: VIEWER_TOKEN,
      status: [403],
      detail: /viewer/,
    },
    // Ids in paths.
    ...[
      '..%2f..%2fetc%2fpasswd',
      '..%2F..%2Fapi%2Fv1%2Fplans',
      '%2e%2e',
      '2020-x-county%00',
      "x'%20OR%20'1'%3D'1",
      'X'.repeat(3000),
      '%E0%A4%A',
    ].flatMap((id): BadRequest[] => [
      {
        name: `plan id ${id.slice(0, 30)}`,
        group: 'ids in paths',
        method: 'GET',
        path: `/api/v1/plans/${id}`,
        status: [400, 404],
      },
      {
        name: `task id ${id.slice(0, 30)} (PATCH)`,
        group: 'ids in paths',
        method: 'PATCH',
        path: `/api/v1/tasks/${id}`,
        headers: ifMatch,
        body: json({ status: 'done' }),
        status: [400, 404],
      },
    ]),
    {
      name: "plan id x' OR '1'='1 in a list's path",
      group: 'ids in paths',
      method: 'GET',
      path: `/api/v1/plans/${encodeURIComponent("x' OR '1'='1")}/tasks`,
      status: [400],
      errorPath: 'params.planId',
      detail: /does not match/,
    },
    {
      name: 'period ../2020-10',
      group: 'ids in paths',
      method: 'PUT',
      path: `/api/v1/plans/${ids.planId}/kpis/${ids.kpiId}/measurements/..%2f2020-10`,
      headers: JSON_TYPE,
      body: json({ value: 1 }),
      status: [400, 404],
    },
    {
      name: 'period 2020-13',
      group: 'ids in paths',
      method: 'PUT',
      path: `/api/v1/plans/${ids.planId}/kpis/${ids.kpiId}/measurements/2020-13`,
      headers: JSON_TYPE,
      body: json({ value: 1 }),
      status: [400],
    },
    // Filters that are enums, ids or dates: anything else is a 400 naming the filter.
    ...injection.flatMap((value): BadRequest[] => {
      const q = encodeURIComponent(value);
      const label = JSON.stringify(value.slice(0, 20));
      const filters: Array<[what: string, path: string, filter: string, detail?: RegExp]> = [
        ['tasks', `/api/v1/plans/${ids.planId}/tasks`, 'status', /expected one of/],
        ['tasks', `/api/v1/plans/${ids.planId}/tasks`, 'owner'],
        ['tasks', `/api/v1/plans/${ids.planId}/tasks`, 'pillar'],
        ['tasks', `/api/v1/plans/${ids.planId}/tasks`, 'initiative'],
        ['tasks', `/api/v1/plans/${ids.planId}/tasks`, 'dueBefore'],
        ['retailers', `/api/v1/retailers`, 'tier'],
        ['retailers', `/api/v1/retailers`, 'band'],
        ['retailers', `/api/v1/retailers`, 'grid'],
        ['retailers', `/api/v1/retailers`, 'cursor', /cursor/],
        ['grids', `/api/v1/grids`, 'metric'],
        ['grid items', items, 'stage', /expected one of/],
        ['grid items', items, 'overdue'],
        ['kpis', `/api/v1/plans/${ids.planId}/kpis`, 'asOf'],
        ['tier summary', `/api/v1/retailers/tier-summary`, 'grid'],
        ['tier summary', `/api/v1/retailers/tier-summary`, 'year'],
      ];
      return filters.map(([what, path, filter, detail]) => ({
        name: `${what} ?${filter}=${label}`,
        group: 'filters',
        method: 'GET',
        path: `${path}?${filter}=${q}`,
        status: [400],
        errorPath: `query.${filter}`,
        ...(detail === undefined ? {} : { detail }),
      }));
    }),
    {
      name: 'tasks ?q= over 200 characters',
      group: 'filters',
      method: 'GET',
      path: `/api/v1/plans/${ids.planId}/tasks?q=${'x'.repeat(201)}`,
      status: [400],
    },
    {
      name: 'tasks ?q given twice',
      group: 'filters',
      method: 'GET',
      path: `/api/v1/plans/${ids.planId}/tasks?q=a&q=b`,
      status: [400],
      errorPath: 'query.q',
      detail: /more than once/,
    },
    {
      name: "tasks ?pillar=p1' OR '1'='1 (a viewer’s)",
      group: 'filters',
      method: 'GET',
      path: `/api/v1/plans/${ids.planId}/tasks?pillar=${encodeURIComponent("p1' OR '1'='1")}`,
      token: VIEWER_TOKEN,
      status: [400],
      errorPath: 'query.pillar',
      detail: /does not match/,
    },
    {
      name: 'retailers ?tier given twice',
      group: 'filters',
      method: 'GET',
      path: '/api/v1/retailers?tier=1&tier=2',
      token: VIEWER_TOKEN,
      status: [400],
      errorPath: 'query.tier',
      detail: /more than once/,
    },
    {
      name: 'retailers ?tier=2.5',
      group: 'filters',
      method: 'GET',
      path: '/api/v1/retailers?tier=2.5',
      token: VIEWER_TOKEN,
      status: [400],
      errorPath: 'query.tier',
    },
    {
      name: 'an unknown filter',
      group: 'filters',
      method: 'GET',
      path: `/api/v1/plans/${ids.planId}/tasks?sql=1`,
      status: [400],
      errorPath: 'query.sql',
      detail: /unknown field/,
    },
    // Paging.
    ...['0', '-1', '501', '1.5', '1e3', '99999999999999999999', '0x10', 'NaN', '', 'ten'].map((limit): BadRequest => ({
      name: `retailers ?limit=${limit}`,
      group: 'paging',
      method: 'GET',
      path: `/api/v1/retailers?limit=${limit}`,
      status: [400],
      errorPath: 'query.limit',
      ...(limit === 'ten' ? { detail: /expected number/ } : {}),
    })),
    {
      name: 'retailers ?cursor of 4,000 characters',
      group: 'paging',
      method: 'GET',
      path: `/api/v1/retailers?cursor=${'A'.repeat(4000)}`,
      status: [400],
      errorPath: 'query.cursor',
    },
    {
      name: 'retailers ?cursor=%00%01 (a viewer’s)',
      group: 'paging',
      method: 'GET',
      path: '/api/v1/retailers?cursor=%00%01',
      token: VIEWER_TOKEN,
      status: [400],
      errorPath: 'query.cursor',
      detail: /cursor/,
    },
    {
      name: 'retailers ?cursor forged (base64 of another id)',
      group: 'paging',
      method: 'GET',
      path: `/api/v1/retailers?cursor=${Buffer.from('c1.r-0001.AAAAAAAAAAAA').toString('base64url')}`,
      status: [400],
      errorPath: 'query.cursor',
    },
  ];
  return list;
}

/**
 * Known server bug (reported to the lead): SQLite's LIKE reads its pattern as a C string, so `?q=` with a NUL
 * (`%\u0000%` after escaping) ends at the NUL and becomes `%`, which matches every row. Fix in
 * packages/server: refuse control characters in `q` (400 at `query.q`) before store/like.ts builds the pattern.
 */
const NUL_SEARCH_BUG =
  'server bug: ?q= with a NUL character matches every row (LIKE stops at the NUL); fixed by refusing control characters in SearchText';

function literalSearches(
  values: readonly string[] = ["' OR 1=1 --", '%', '_', '\\', '%_%', '%%%%', '____', "'; DROP TABLE tasks; --"],
): LiteralSearch[] {
  return values.flatMap((q): LiteralSearch[] => [
    {
      name: `tasks ?q=${JSON.stringify(q)}`,
      q,
      path: (text) => `/api/v1/plans/${ids.planId}/tasks?q=${encodeURIComponent(text)}`,
      expected: () =>
        allTasks.filter((task) =>
          [task.title.zh, task.title.en].some((title) => title.toLowerCase().includes(q.toLowerCase())),
        ).length,
    },
    {
      name: `retailers ?q=${JSON.stringify(q)}`,
      q,
      path: (text) => `/api/v1/retailers?limit=500&q=${encodeURIComponent(text)}`,
      expected: () =>
        allRetailers.filter((retailer) =>
          [retailer.name, retailer.licence].some((field) => field.toLowerCase().includes(q.toLowerCase())),
        ).length,
    },
  ]);
}

let allTasks: Array<{ title: { zh: string; en: string } }> = [];
let allRetailers: Array<{ name: string; licence: string }> = [];

const get = (path: string): Promise<RawResult> =>
  rawRequest(suite.reference.url, path, { headers: { authorization: `Bearer ${EDITOR_TOKEN}` } });

const suite = setUpSuite(report, {
  ready: async (reference) => {
    ids = seedScope(reference.dbPath);
    const tasks = (await get(`/api/v1/plans/${ids.planId}/tasks`)).json as {
      items: Array<{ id: string; version: number; title: { zh: string; en: string } }>;
    };
    allTasks = tasks.items;
    taskVersion = tasks.items.find((task) => task.id === ids.taskId)?.version ?? 1;
    allRetailers = (
      (await get('/api/v1/retailers?limit=500')).json as { items: Array<{ name: string; licence: string }> }
    ).items;
    checksumsBefore = tableChecksums(reference.dbPath);
  },
  summarize: () => {
    const groups = new Map<string, { tried: number; ok: number; statuses: Set<number> }>();
    for (const outcome of outcomes) {
      const group = groups.get(outcome.group) ?? { tried: 0, ok: 0, statuses: new Set<number>() };
      group.tried += 1;
      if (outcome.problem) group.ok += 1;
      group.statuses.add(outcome.status);
      groups.set(outcome.group, group);
    }
    report.figures['tried'] = outcomes.length;
    report.figures['problemJson'] = outcomes.filter((outcome) => outcome.problem).length;
    report.figures['literalSearches'] = searches;
    report.headline = `${outcomes.length} bad requests, ${outcomes.filter((outcome) => outcome.problem).length} clear problem+json answers, ${searches.length} literal searches; ${changedTables.length === 0 ? 'nothing written' : `${changedTables.length} tables changed`}`;
    report.line(
      `${outcomes.length} malformed or hostile requests (an editor’s token, so only the input stands in the way) against the reference server on a temporary file; every table’s checksum was taken before and after.`,
    );
    report.line('');
    report.line('| input | tried | problem+json with a message | statuses |');
    report.line('| --- | --- | --- | --- |');
    for (const [name, group] of groups)
      report.line(`| ${name} | ${group.tried} | ${group.ok} | ${[...group.statuses].sort().join(', ')} |`);
    report.line('');
    report.line(
      `Free-text filters are searched literally, not as patterns or SQL: ${searches.map((search) => `${search.name} → ${search.count}`).join('; ')} (each equal to the rows that contain the text).`,
    );
    report.line('');
    report.line(
      changedTables.length === 0
        ? 'After all of them: the checksums of every table are unchanged, Object.prototype is untouched, and the server still answers.'
        : `After them, these tables had changed: ${changedTables.join(', ')}.`,
    );
    if (knownBugs.length > 0) {
      report.line('');
      report.line(`Known bug (test kept, marked todo until fixed): ${NUL_SEARCH_BUG}.`);
      for (const bug of knownBugs) report.line(`- ${bug}`);
    }
    report.figures['knownBugs'] = knownBugs;
    report.figures['nulSearches'] = nulSearches;
  },
});

describe('the reference server refuses bad input with a problem and writes nothing', { timeout: 30_000 }, () => {
  test('every bad request gets a 4xx application/problem+json naming what is wrong', async () => {
    const problems: string[] = [];
    for (const bad of requests()) {
      let result: RawResult;
      try {
        result = await rawRequest(suite.reference.url, bad.path, {
          method: bad.method,
          headers: { authorization: `Bearer ${bad.token ?? EDITOR_TOKEN}`, ...bad.headers },
          ...(bad.body === undefined ? {} : { body: bad.body }),
        });
      } catch (error) {
        problems.push(`${bad.name}: no answer (${error instanceof Error ? error.message : String(error)})`);
        outcomes.push({ name: bad.name, group: bad.group, status: 0, problem: false, message: '' });
        continue;
      }
      const type = String(result.headers['content-type'] ?? '');
      const body = result.json as
        { status?: unknown; detail?: unknown; errors?: Array<{ path: string; message: string }> } | undefined;
      const isProblem =
        type.startsWith('application/problem+json') &&
        body?.status === result.status &&
        typeof body.detail === 'string' &&
        body.detail.length > 0;
      outcomes.push({
        name: bad.name,
        group: bad.group,
        status: result.status,
        problem: isProblem,
        message: typeof body?.detail === 'string' ? body.detail : '',
      });
      if (!bad.status.includes(result.status))
        problems.push(
          `${bad.name}: ${result.status}, expected ${bad.status.join(' or ')} (${result.text.slice(0, 120)})`,
        );
      if (!isProblem)
        problems.push(`${bad.name}: not a problem+json with a detail (${type}: ${result.text.slice(0, 80)})`);
      if (result.status === 400 && (body?.errors === undefined || body.errors.length === 0))
        problems.push(`${bad.name}: a 400 without errors[] naming the path`);
      if (bad.errorPath !== undefined && body?.errors?.[0]?.path !== bad.errorPath)
        problems.push(
          `${bad.name}: the first error is at ${String(body?.errors?.[0]?.path)}, expected ${bad.errorPath}`,
        );
      if (bad.detail !== undefined && !(typeof body?.detail === 'string' && bad.detail.test(body.detail)))
        problems.push(`${bad.name}: the detail ${JSON.stringify(body?.detail)} does not match ${String(bad.detail)}`);
    }
    assert.deepEqual(report.problem(...problems), []);
  });

  test('free-text filters match literally: %, _, \\, NUL and SQL are text, not patterns', async () => {
    const problems: string[] = [];
    for (const search of literalSearches()) {
      const result = await get(search.path(search.q));
      const count = (result.json as { items?: unknown[] } | undefined)?.items?.length;
      searches.push({ name: search.name, count: count ?? -1 });
      if (result.status !== 200) problems.push(`${search.name}: ${result.status}, expected 200`);
      else if (count !== search.expected())
        problems.push(`${search.name}: ${String(count)} rows, ${search.expected()} contain the text`);
    }
    assert.deepEqual(report.problem(...problems), []);
  });

  test('a NUL in a free-text filter is text too: it matches nothing (or is refused)', async () => {
    const problems: string[] = [];
    for (const search of literalSearches(['\u0000', 'a\u0000b'])) {
      const result = await get(search.path(search.q));
      const count = (result.json as { items?: unknown[] } | undefined)?.items?.length;
      nulSearches.push({ name: search.name, count: count ?? -1 });
      if (result.status === 400) continue;
      if (result.status !== 200) problems.push(`${search.name}: ${result.status}, expected 200 or 400`);
      else if (count !== search.expected())
        problems.push(`${search.name}: ${String(count)} rows, ${search.expected()} contain the text`);
    }
    knownBugs.push(...problems);
    assert.deepEqual(problems, []);
  });

  test('an oversized body without Content-Length is cut off while it streams: 413 before the upload ends', async () => {
    const url = new URL(`${suite.reference.url}/api/v1/tasks/${ids.taskId}`);
    const answer = await new Promise<{ status: number; type: string; sent: number }>((resolve, reject) => {
      let answered = false;
      let sent = 0;
      const request = httpRequest(
        url,
        {
          method: 'PATCH',
          headers: {
            authorization: `Bearer ${EDITOR_TOKEN}`,
            'content-type': 'application/json',
            'if-match': `"${taskVersion}"`,
            'transfer-encoding': 'chunked',
          },
        },
        (response) => {
          answered = true;
          resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', sent });
          response.resume();
        },
      );
      // Once the server has answered it may reset the connection under the rest of the upload: expected.
      request.on('error', (error) => {
        if (!answered) reject(error);
      });
      request.write('{"assignees":["');
      const chunk = 'y'.repeat(16 * 1024);
      const pump = () => {
        // Keep sending until the server answers (it stops reading after the limit), up to four times the limit.
        while (!answered && sent < BODY_LIMIT * 4) {
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
    outcomes.push({
      name: 'body streamed past 64 KiB (chunked, never ending until answered)',
      group: 'body',
      status: answer.status,
      problem: answer.type.startsWith('application/problem+json'),
      message: '',
    });
    assert.equal(answer.status, 413);
    assert.match(answer.type, /^application\/problem\+json/);
  });

  test('nothing was written, nothing was polluted, and the server still serves', async () => {
    const problems: string[] = [];
    const checksumsAfter = tableChecksums(suite.reference.dbPath);
    for (const [table, digest] of Object.entries(checksumsBefore))
      if (checksumsAfter[table] !== digest) {
        changedTables.push(table);
        problems.push(`table ${table} changed`);
      }
    if ((Object.prototype as { polluted?: unknown }).polluted !== undefined)
      problems.push('Object.prototype was polluted in the server process');
    const plans = await get('/api/v1/plans');
    if (plans.status !== 200) problems.push(`GET /plans answers ${plans.status} afterwards`);
    const write = await rawRequest(suite.reference.url, `/api/v1/tasks/${ids.taskId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${EDITOR_TOKEN}`, ...JSON_TYPE, 'if-match': `"${taskVersion}"` },
      body: json({ progress: 42 }),
    });
    if (write.status !== 200) problems.push(`a valid write answers ${write.status} afterwards`);
    assert.deepEqual(report.problem(...problems), []);
  });
});
