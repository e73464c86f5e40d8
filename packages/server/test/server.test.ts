// Around the API: demo page and bundle, demo sessions, CORS, rate limiting, unexpected errors, HEAD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, openDatabase } from '../src/index.js';
import { EDITOR_TOKEN, VIEWER_TOKEN, clientFor, problemOf, raw, startTestServer } from './helpers.js';
import { RateLimitError } from '@plankit/sdk';

test('the demo page is served with a strict CSP and no inline script or style', async () => {
  const server = await startTestServer();
  try {
    const page = await raw(server, '/', { token: null });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    // live: the page follows colleagues' changes (the change stream) without a reload.
    assert.match(
      page.text,
      /<pk-provider id="provider" base-url="\/api\/v1" plan="2020-x-county" as-of="2020-09-30" live>/,
    );
    for (const tag of ['pk-kpi-panel', 'pk-task-board', 'pk-grid-map', 'pk-retailer-tiers'])
      assert.match(page.text, new RegExp(`<${tag}`));
    assert.doesNotMatch(page.text, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(page.text, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler');
    assert.doesNotMatch(page.text, /Bearer |demo-(viewer|editor)-/, 'no token in the markup');
    for (const file of ['/demo.js', '/demo.css'])
      assert.equal((await raw(server, file, { token: null })).status, 200, file);
  } finally {
    await server.dispose();
  }
});

test('the bundle is served from @plankit/elements, or a 404 saying to build it', async () => {
  const server = await startTestServer();
  try {
    const bundle = await raw(server, '/plankit.js', { token: null });
    if (bundle.status === 200) assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
    else assert.match(problemOf(bundle).detail, /pnpm build/);
  } finally {
    await server.dispose();
  }
});

test('demo sessions hand out the generated tokens; with configured tokens they do not exist', async () => {
  const demo = await startTestServer({ tokens: null });
  try {
    const session = await raw(demo, '/demo/session', { method: 'POST', token: null, body: { role: 'editor' } });
    assert.equal(session.status, 200);
    const { token, role } = session.json as { token: string; role: string };
    assert.equal(role, 'editor');
    assert.equal((await raw(demo, '/api/v1/plans', { token })).status, 200);
    const bad = await raw(demo, '/demo/session', { method: 'POST', token: null, body: { role: 'admin' } });
    assert.equal(problemOf(bad).errors?.[0]?.path, 'body.role');
  } finally {
    await demo.dispose();
  }
  const configured = await startTestServer();
  try {
    const response = await raw(configured, '/demo/session', { method: 'POST', token: null, body: { role: 'editor' } });
    assert.equal(problemOf(response).status, 404);
  } finally {
    await configured.dispose();
  }
});

test('CORS answers only the configured origins and exposes ETag and Retry-After', async () => {
  const off = await startTestServer();
  try {
    const response = await raw(off, '/api/v1/plans', { headers: { Origin: 'https://intranet.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  } finally {
    await off.dispose();
  }
  const server = await startTestServer({ corsOrigins: ['https://intranet.example'] });
  try {
    const preflight = await raw(server, '/api/v1/tasks/t-1', {
      method: 'OPTIONS',
      token: null,
      headers: {
        Origin: 'https://intranet.example',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,if-match',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-Match/);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    const allowed = await raw(server, '/api/v1/plans', { headers: { Origin: 'https://intranet.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const refused = await raw(server, '/api/v1/plans', {
      token: null,
      headers: { Origin: 'https://elsewhere.example' },
    });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.status, 401);
  } finally {
    await server.dispose();
  }
});

test('past the rate limit: 429 with Retry-After, which the client surfaces as RateLimitError', async () => {
  const server = await startTestServer({ rateLimit: 3 });
  try {
    for (let index = 0; index < 3; index++)
      assert.equal((await raw(server, '/api/v1/plans', { token: VIEWER_TOKEN })).status, 200);
    const limited = await raw(server, '/api/v1/plans', { token: VIEWER_TOKEN });
    assert.equal(problemOf(limited).status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60);
    await assert.rejects(clientFor(server, VIEWER_TOKEN).plans.list(), RateLimitError);
    // Each token has its own budget.
    assert.equal((await raw(server, '/api/v1/plans', { token: EDITOR_TOKEN })).status, 200);
  } finally {
    await server.dispose();
  }
});

test('an unexpected error is a 500 problem that leaks nothing; the log has the stack and no token', async () => {
  const { db } = openDatabase(':memory:');
  const logs: string[] = [];
  const app = createApp({ db, tokens: [{ token: EDITOR_TOKEN, role: 'editor' }], log: (line) => logs.push(line) });
  // The tables exist but the seed settings do not: GET /grids fails inside, unexpectedly.
  const listener = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false });
  await new Promise((resolve) => listener.once('listening', resolve));
  const server = { url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}` };
  try {
    const response = await raw(server, '/api/v1/grids');
    const problem = problemOf(response);
    assert.equal(problem.status, 500);
    assert.doesNotMatch(response.text, /seeded|setting|stack|\.ts|at /);
    assert.ok(logs.some((line) => line.startsWith('error GET /api/v1/grids') && line.includes('seeded')));
    assert.ok(logs.every((line) => !line.includes(EDITOR_TOKEN)));
  } finally {
    await new Promise((resolve) => listener.close(resolve));
    db.close();
  }
});

test('HEAD answers like GET without a body', async () => {
  const server = await startTestServer();
  try {
    const response = await fetch(`${server.api}/plans`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${VIEWER_TOKEN}` },
    });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  } finally {
    await server.dispose();
  }
});
