// The HTTP contract end to end: the SDK client against the running server, every endpoint, filter and error status.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ForbiddenError,
  HttpError,
  NotFoundError,
  PreconditionFailedError,
  UnauthorizedError,
  type PlankitClient,
} from '@plankit/sdk';
import { ROUTES, type ContractRoute } from '@plankit/sdk/contract';
import type { Task } from '@plankit/sdk/schemas';
import {
  EDITOR_TOKEN,
  PLAN_ID,
  TEST_SIZES,
  VIEWER_TOKEN,
  clientFor,
  problemOf,
  raw,
  startTestServer,
  type RawRequest,
  type TestServer,
} from './helpers.js';

let server: TestServer;
let editor: PlankitClient;
let viewer: PlankitClient;

before(async () => {
  server = await startTestServer();
  editor = clientFor(server, EDITOR_TOKEN);
  viewer = clientFor(server, VIEWER_TOKEN);
});
after(() => server.dispose());

describe('session', () => {
  test("a viewer's token is told its role is viewer", async () => {
    assert.deepEqual(await viewer.session(), { role: 'viewer' });
  });

  test("an editor's token is told its role is editor", async () => {
    assert.deepEqual(await editor.session(), { role: 'editor' });
  });

  test('the answer varies by Authorization and is never stored', async () => {
    const response = await raw(server, '/api/v1/session', { token: VIEWER_TOKEN });
    assert.equal(response.headers.get('vary'), 'Authorization');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  test('without a token it is a 401, like every route', async () => {
    await assert.rejects(clientFor(server, null).session(), UnauthorizedError);
  });
});

describe('plans', () => {
  test('list returns the seeded plan, newest year first', async () => {
    const plans = await viewer.plans.list();
    assert.ok(plans.some((plan) => plan.id === PLAN_ID));
    const years = plans.map((plan) => plan.year);
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    );
  });

  test('get returns the plan with four pillars of initiatives', async () => {
    const plan = await viewer.plans.get(PLAN_ID);
    assert.equal(plan.id, PLAN_ID);
    assert.equal(plan.pillars.length, 4);
    assert.ok(plan.pillars.every((pillar) => pillar.initiatives.length > 0));
  });

  test('an unknown plan is a NotFoundError', async () => {
    await assert.rejects(viewer.plans.get('no-such-plan'), NotFoundError);
  });

  test('a malformed plan id is a 400 naming params.planId', async () => {
    const problem = problemOf(await raw(server, '/api/v1/plans/NOT_AN_ID', { token: VIEWER_TOKEN }));
    assert.equal(problem.status, 400);
    assert.equal(problem.errors?.[0]?.path, 'params.planId');
  });
});

describe('kpis', () => {
  test('list without asOf has no evaluation', async () => {
    const kpis = await viewer.kpis.list(PLAN_ID);
    assert.ok(kpis.length >= 9);
    assert.ok(kpis.every((kpi) => kpi.evaluation === undefined));
  });

  test('list with asOf evaluates every KPI as of that date', async () => {
    const kpis = await viewer.kpis.list(PLAN_ID, { asOf: '2020-06-30' });
    assert.ok(kpis.every((kpi) => kpi.evaluation?.asOf === '2020-06-30' && kpi.evaluation.kpiId === kpi.id));
  });

  test('get returns one KPI, evaluated with asOf', async () => {
    const kpi = await viewer.kpis.get(PLAN_ID, 'sales-volume', { asOf: '2020-09-30' });
    assert.equal(kpi.id, 'sales-volume');
    assert.equal(kpi.evaluation?.asOf, '2020-09-30');
  });

  test('an unknown KPI is a NotFoundError', async () => {
    await assert.rejects(viewer.kpis.get(PLAN_ID, 'no-such-kpi'), NotFoundError);
  });

  test('an invalid asOf is a 400 naming query.asOf', async () => {
    const problem = problemOf(
      await raw(server, `/api/v1/plans/${PLAN_ID}/kpis?asOf=2020-13-40`, { token: VIEWER_TOKEN }),
    );
    assert.equal(problem.status, 400);
    assert.equal(problem.errors?.[0]?.path, 'query.asOf');
  });

  test('recordMeasurement stores the month and is idempotent by period', async () => {
    const first = await editor.kpis.recordMeasurement(PLAN_ID, 'network-cases', '2020-11', 7);
    const second = await editor.kpis.recordMeasurement(PLAN_ID, 'network-cases', '2020-11', 7);
    assert.deepEqual(first, second);
    const stored = (await viewer.kpis.get(PLAN_ID, 'network-cases')).measurements.filter((m) => m.period === '2020-11');
    assert.deepEqual(stored, [{ period: '2020-11', value: 7 }]);
  });

  test('recordMeasurement replaces the value of an existing month', async () => {
    await editor.kpis.recordMeasurement(PLAN_ID, 'network-cases', '2020-11', 9);
    const stored = (await viewer.kpis.get(PLAN_ID, 'network-cases')).measurements.filter((m) => m.period === '2020-11');
    assert.deepEqual(stored, [{ period: '2020-11', value: 9 }]);
  });

  test('a period outside the plan year is a 422', async () => {
    const response = await raw(server, `/api/v1/plans/${PLAN_ID}/kpis/network-cases/measurements/2019-05`, {
      method: 'PUT',
      body: { value: 1 },
    });
    assert.equal(problemOf(response).status, 422);
  });

  test('a value the KPI rule forbids (a fractional rank) is a 422 and not stored', async () => {
    const response = await raw(server, `/api/v1/plans/${PLAN_ID}/kpis/genuine-outflow-rank/measurements/2020-10`, {
      method: 'PUT',
      body: { value: 2.5 },
    });
    assert.equal(problemOf(response).status, 422);
    const kpi = await viewer.kpis.get(PLAN_ID, 'genuine-outflow-rank');
    assert.ok(!kpi.measurements.some((m) => m.period === '2020-10' && m.value === 2.5));
  });

  test('a viewer cannot record a measurement', async () => {
    await assert.rejects(viewer.kpis.recordMeasurement(PLAN_ID, 'network-cases', '2020-11', 1), ForbiddenError);
  });
});

describe('tasks', () => {
  let all: Task[];
  before(async () => {
    all = await viewer.tasks.list(PLAN_ID);
  });

  test('list returns every task of the plan', () => {
    assert.ok(all.length > 10);
    assert.ok(all.every((task) => task.planId === PLAN_ID));
  });

  const filters: Array<
    [string, (task: Task) => Record<string, string>, (task: Task, query: Record<string, string>) => boolean]
  > = [
    ['status', (t) => ({ status: t.status }), (t, q) => t.status === q['status']],
    ['owner', (t) => ({ owner: t.owner }), (t, q) => t.owner === q['owner']],
    ['pillar', (t) => ({ pillar: t.pillarId }), (t, q) => t.pillarId === q['pillar']],
    ['initiative', (t) => ({ initiative: t.initiativeId }), (t, q) => t.initiativeId === q['initiative']],
    ['dueBefore', () => ({ dueBefore: '2020-07-01' }), (t, q) => t.due !== null && t.due < (q['dueBefore'] ?? '')],
  ];
  for (const [name, queryOf, matches] of filters) {
    test(`filter ${name} returns exactly the matching tasks`, async () => {
      const sample = all[all.length - 1] as Task;
      const query = queryOf(sample);
      const filtered = await viewer.tasks.list(PLAN_ID, query);
      assert.deepEqual(
        filtered.map((task) => task.id),
        all.filter((task) => matches(task, query)).map((task) => task.id),
      );
      assert.ok(filtered.length > 0);
    });
  }

  test('q finds tasks by a word of their title, in either language', async () => {
    const sample = all[0] as Task;
    const word = sample.title.en.split(/\s+/).find((part) => part.length > 4) ?? sample.title.en;
    const found = await viewer.tasks.list(PLAN_ID, { q: word.toUpperCase() });
    assert.ok(found.some((task) => task.id === sample.id));
    const zh = await viewer.tasks.list(PLAN_ID, { q: sample.title.zh.slice(0, 4) });
    assert.ok(zh.some((task) => task.id === sample.id));
  });

  test('update changes the task, increments the version and returns the ETag', async () => {
    const task = all[0] as Task;
    const response = await raw(server, `/api/v1/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${task.version}"` },
      body: { progress: 42, status: 'doing' },
    });
    assert.equal(response.status, 200);
    const updated = response.json as Task;
    assert.equal(updated.progress, 42);
    assert.equal(updated.version, task.version + 1);
    assert.equal(response.headers.get('etag'), `"${task.version + 1}"`);
  });

  test('update through the client sends the version and gets the new task', async () => {
    const task = (await viewer.tasks.list(PLAN_ID)).find((t) => t.id === (all[1] as Task).id) as Task;
    const updated = await editor.tasks.update(task.id, { assignees: ['张三'] }, { version: task.version });
    assert.deepEqual(updated.assignees, ['张三']);
    assert.equal(updated.version, task.version + 1);
  });

  test('a weak or unquoted If-Match is accepted', async () => {
    const task = (await viewer.tasks.list(PLAN_ID)).find((t) => t.id === (all[2] as Task).id) as Task;
    const weak = await raw(server, `/api/v1/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `W/"${task.version}"` },
      body: { progress: 11 },
    });
    assert.equal(weak.status, 200);
    const bare = await raw(server, `/api/v1/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': String(task.version + 1) },
      body: { progress: 12 },
    });
    assert.equal(bare.status, 200);
  });

  test('a stale version is a PreconditionFailedError carrying the current task', async () => {
    const task = all[0] as Task;
    const error = await editor.tasks.update(task.id, { progress: 1 }, { version: task.version }).then(
      () => assert.fail('expected 412'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.status, 412);
    assert.equal((error.current as Task).version, task.version + 1);
    assert.equal((error.current as Task).progress, 42);
  });

  test('a missing If-Match is a 428', async () => {
    const response = await raw(server, `/api/v1/tasks/${(all[0] as Task).id}`, {
      method: 'PATCH',
      body: { progress: 5 },
    });
    assert.equal(problemOf(response).status, 428);
  });

  test('a malformed If-Match is a 400 naming headers.if-match', async () => {
    const response = await raw(server, `/api/v1/tasks/${(all[0] as Task).id}`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { progress: 5 },
    });
    assert.equal(problemOf(response).errors?.[0]?.path, 'headers.if-match');
  });

  test('an invalid patch is a 400 with the field path', async () => {
    const response = await raw(server, `/api/v1/tasks/${(all[0] as Task).id}`, {
      method: 'PATCH',
      headers: { 'If-Match': '"2"' },
      body: { progress: 101 },
    });
    const problem = problemOf(response);
    assert.equal(problem.status, 400);
    assert.equal(problem.errors?.[0]?.path, 'body.progress');
    assert.match(problem.errors?.[0]?.message ?? '', /100/);
  });

  test('an unknown task is a 404', async () => {
    await assert.rejects(editor.tasks.update('no-such-task', { progress: 1 }, { version: 1 }), NotFoundError);
  });

  test("a viewer's write is a ForbiddenError", async () => {
    const task = all[3] as Task;
    await assert.rejects(viewer.tasks.update(task.id, { progress: 1 }, { version: task.version }), ForbiddenError);
  });

  test('an unknown plan is a 404', async () => {
    await assert.rejects(viewer.tasks.list('no-such-plan'), NotFoundError);
  });
});

describe('grids and items', () => {
  test('list returns every grid with all five figures', async () => {
    const grids = await viewer.grids.list({ metric: 'openItems' });
    assert.equal(grids.type, 'FeatureCollection');
    assert.equal(grids.features.length, TEST_SIZES.grids);
    for (const grid of grids.features) {
      const { figures } = grid.properties;
      for (const name of ['retailers', 'openItems', 'overdueItems', 'avgResponseHours', 'inspections'] as const) {
        assert.ok(name in figures, `${grid.id} lacks ${name}`);
      }
    }
    const retailers = grids.features.reduce((sum, grid) => sum + (grid.properties.figures.retailers ?? 0), 0);
    assert.equal(retailers, TEST_SIZES.retailers);
  });

  test('an unknown metric is a 400 naming query.metric', async () => {
    const problem = problemOf(await raw(server, '/api/v1/grids?metric=colour', { token: VIEWER_TOKEN }));
    assert.equal(problem.errors?.[0]?.path, 'query.metric');
  });

  test('items filter by stage and by overdue', async () => {
    const grids = await viewer.grids.list();
    const gridId = (grids.features.find((g) => (g.properties.figures.openItems ?? 0) > 0) ?? grids.features[0])
      ?.id as string;
    const items = await viewer.grids.items(gridId);
    assert.ok(items.every((item) => item.gridId === gridId));
    const stage = items[0]?.stage ?? 'collected';
    const atStage = await viewer.grids.items(gridId, { stage });
    assert.deepEqual(
      atStage.map((i) => i.id),
      items.filter((i) => i.stage === stage).map((i) => i.id),
    );
    const overdue = await viewer.grids.items(gridId, { overdue: true });
    const notOverdue = problemOf(
      await raw(server, `/api/v1/grids/${gridId}/items?overdue=maybe`, { token: VIEWER_TOKEN }),
    );
    assert.equal(notOverdue.errors?.[0]?.path, 'query.overdue');
    const overdueCount = grids.features.find((g) => g.id === gridId)?.properties.figures.overdueItems;
    assert.equal(overdue.length, overdueCount);
  });

  test('items of an unknown grid is a 404', async () => {
    await assert.rejects(viewer.grids.items('no-such-grid'), NotFoundError);
  });

  test('reportItem creates an item at stage collected, and the grid figures count it', async () => {
    const grids = await viewer.grids.list();
    const grid = grids.features[0];
    assert.ok(grid);
    const item = await editor.grids.reportItem(grid.id, { kind: 'price-breach', title: '明码标价不符' });
    assert.equal(item.stage, 'collected');
    assert.equal(item.version, 1);
    assert.equal(item.gridId, grid.id);
    const after = (await viewer.grids.list()).features.find((g) => g.id === grid.id);
    assert.equal(after?.properties.figures.openItems, (grid.properties.figures.openItems ?? 0) + 1);
  });

  test('a retailer of another grid is a 422', async () => {
    const grids = await viewer.grids.list();
    const [first, second] = grids.features;
    assert.ok(first && second);
    const { items } = await viewer.retailers.list({ grid: second.id, limit: 1 });
    const response = await raw(server, `/api/v1/grids/${first.id}/items`, {
      method: 'POST',
      body: { kind: 'licence', title: 'x', retailerId: items[0]?.id },
    });
    assert.equal(problemOf(response).status, 422);
  });

  test('a replayed Idempotency-Key returns the same item with Idempotent-Replayed', async () => {
    const gridId = (await viewer.grids.list()).features[1]?.id as string;
    const body = { kind: 'counterfeit', title: '疑似假烟' };
    const first = await raw(server, `/api/v1/grids/${gridId}/items`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'contract-key-1' },
      body,
    });
    const again = await raw(server, `/api/v1/grids/${gridId}/items`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'contract-key-1' },
      // Same JSON with the keys in another order is the same request.
      body: { title: body.title, kind: body.kind },
    });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.text, first.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
  });

  test('the same Idempotency-Key with a different body is a 422', async () => {
    const gridId = (await viewer.grids.list()).features[1]?.id as string;
    const response = await raw(server, `/api/v1/grids/${gridId}/items`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'contract-key-1' },
      body: { kind: 'counterfeit', title: 'another title' },
    });
    const problem = problemOf(response);
    assert.equal(problem.status, 422);
    assert.match(problem.detail, /Idempotency-Key/);
  });

  test('advanceItem moves forward, refuses to move back, and checks the version', async () => {
    const gridId = (await viewer.grids.list()).features[2]?.id as string;
    const item = await editor.grids.reportItem(gridId, { kind: 'service-request', title: '申请调整订货' });
    const routed = await editor.grids.advanceItem(item.id, { stage: 'routed' }, { version: item.version });
    assert.equal(routed.stage, 'routed');
    assert.equal(routed.version, 2);
    assert.ok(routed.times.routed);
    const back = await editor.grids
      .advanceItem(item.id, { stage: 'collected' }, { version: 2 })
      .catch((error: unknown) => error);
    assert.ok(back instanceof HttpError);
    assert.equal(back.status, 422);
    await assert.rejects(
      editor.grids.advanceItem(item.id, { stage: 'responded' }, { version: 1 }),
      PreconditionFailedError,
    );
    const missing = await raw(server, `/api/v1/items/${item.id}`, { method: 'PATCH', body: { stage: 'handled' } });
    assert.equal(problemOf(missing).status, 428);
  });

  test("a viewer's report is a ForbiddenError", async () => {
    const gridId = (await viewer.grids.list()).features[0]?.id as string;
    await assert.rejects(viewer.grids.reportItem(gridId, { kind: 'licence', title: 'x' }), ForbiddenError);
  });
});

describe('retailers', () => {
  test('list pages through every retailer once, 100 per page by default', async () => {
    const first = await viewer.retailers.list();
    assert.equal(first.items.length, 100);
    assert.notEqual(first.nextCursor, null);
    const ids: string[] = [];
    for await (const retailer of viewer.retailers.all({ limit: 250 })) ids.push(retailer.id);
    assert.equal(ids.length, TEST_SIZES.retailers);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('filters by tier, band, grid and q', async () => {
    const all: Array<{ id: string; tier: number; gridId: string; name: string }> = [];
    for await (const retailer of viewer.retailers.all({ limit: 500 })) all.push(retailer);
    const sample = all[17];
    assert.ok(sample);
    const byTier = await viewer.retailers.list({ tier: sample.tier, limit: 500 });
    assert.deepEqual(
      byTier.items.map((r) => r.id),
      all.filter((r) => r.tier === sample.tier).map((r) => r.id),
    );
    const byGrid = await viewer.retailers.list({ grid: sample.gridId, limit: 500 });
    assert.deepEqual(
      byGrid.items.map((r) => r.id),
      all.filter((r) => r.gridId === sample.gridId).map((r) => r.id),
    );
    const byName = await viewer.retailers.list({ q: sample.name, limit: 500 });
    assert.ok(byName.items.some((r) => r.id === sample.id));
    const summary = await viewer.retailers.tierSummary();
    const mid = summary.scheme.bands.find((band) => band.id === 'mid');
    assert.ok(mid);
    const midIds: string[] = [];
    for await (const retailer of viewer.retailers.all({ band: 'mid', limit: 100 })) midIds.push(retailer.id);
    assert.deepEqual(
      midIds,
      all.filter((r) => r.tier >= mid.from && r.tier <= mid.to).map((r) => r.id),
    );
  });

  test('a band code the scheme does not have is no error: it holds no retailers', async () => {
    const page = await viewer.retailers.list({ band: 'own-band.2', limit: 10 });
    assert.deepEqual(page, { items: [], nextCursor: null });
  });

  test('the tier summary carries the scheme with its numbering and band targets', async () => {
    const { scheme, totals } = await viewer.retailers.tierSummary();
    assert.equal(scheme.numbering, 'ascending');
    assert.equal(scheme.bands.find((band) => band.id === 'mid')?.growthTarget, 0.03);
    assert.ok(scheme.bands.every((band) => band.marginTarget === 0.12));
    assert.equal(totals.lastYearMissing, 0);
  });

  test('a grid’s tier summary names the grid', async () => {
    const [first] = (await viewer.retailers.list({ limit: 1 })).items;
    assert.ok(first);
    const summary = await viewer.retailers.tierSummary({ grid: first.gridId });
    assert.equal(summary.grid?.id, first.gridId);
    assert.ok((summary.grid?.name.zh.length ?? 0) > 0);
    assert.equal((await viewer.retailers.tierSummary()).grid, undefined);
  });

  test('limit above 500 is a 400 naming query.limit', async () => {
    const problem = problemOf(await raw(server, '/api/v1/retailers?limit=501', { token: VIEWER_TOKEN }));
    assert.equal(problem.status, 400);
    assert.equal(problem.errors?.[0]?.path, 'query.limit');
  });

  test('a garbled cursor is a 400 naming query.cursor', async () => {
    const problem = problemOf(await raw(server, '/api/v1/retailers?cursor=bm90LWEtY3Vyc29y', { token: VIEWER_TOKEN }));
    assert.equal(problem.status, 400);
    assert.equal(problem.errors?.[0]?.path, 'query.cursor');
  });

  test('a cursor used with other filters is a 400', async () => {
    const { nextCursor } = await viewer.retailers.list({ limit: 10 });
    assert.ok(nextCursor);
    const problem = problemOf(
      await raw(server, `/api/v1/retailers?tier=3&cursor=${nextCursor}`, { token: VIEWER_TOKEN }),
    );
    assert.equal(problem.errors?.[0]?.path, 'query.cursor');
  });

  test('tier-summary covers every retailer, and one grid when asked', async () => {
    const summary = await viewer.retailers.tierSummary();
    assert.equal(summary.totals.count, TEST_SIZES.retailers);
    assert.equal(
      summary.tiers.reduce((sum, tier) => sum + tier.count, 0),
      TEST_SIZES.retailers,
    );
    assert.equal(summary.year, 2020);
    const grid = (await viewer.grids.list()).features[0];
    assert.ok(grid);
    const forGrid = await viewer.retailers.tierSummary({ grid: grid.id });
    assert.equal(forGrid.totals.count, grid.properties.figures.retailers);
  });

  test('tier-summary for a year without data is a 404', async () => {
    await assert.rejects(viewer.retailers.tierSummary({ year: 2015 }), NotFoundError);
  });
});

describe('auth and routing', () => {
  test('no token is an UnauthorizedError with WWW-Authenticate: Bearer', async () => {
    await assert.rejects(clientFor(server, null).plans.list(), UnauthorizedError);
    const response = await raw(server, '/api/v1/plans', { token: null });
    assert.equal(problemOf(response).status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  test('an unknown token is a 401', async () => {
    const response = await raw(server, '/api/v1/plans', { token: 'not-a-known-token' });
    assert.equal(problemOf(response).status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /invalid_token/);
  });

  test('a malformed Authorization header is a 401 (not 400) with error="invalid_request"', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer two words']) {
      const response = await raw(server, '/api/v1/plans', { token: null, headers: { Authorization: header } });
      assert.equal(problemOf(response).status, 401, header);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="plankit", error="invalid_request"/);
    }
  });

  test('responses say nosniff, send no referrer and may not be framed', async () => {
    for (const path of ['/api/v1/plans', '/api/v1/nothing-here']) {
      const response = await raw(server, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  test('a token in the query string is not accepted', async () => {
    const response = await raw(server, `/api/v1/plans?access_token=${EDITOR_TOKEN}`, { token: null });
    assert.equal(response.status, 401);
  });

  test('the OpenAPI document needs no token', async () => {
    const response = await raw(server, '/api/v1/openapi.json', { token: null });
    assert.equal(response.status, 200);
    assert.equal((response.json as { openapi: string }).openapi, '3.1.0');
  });

  test('an unknown route is a 404 problem', async () => {
    const response = await raw(server, '/api/v1/nothing-here');
    assert.equal(problemOf(response).status, 404);
    const outside = await raw(server, '/nothing-here', { token: null });
    assert.equal(problemOf(outside).status, 404);
  });

  test('a wrong method is a 405 problem with Allow', async () => {
    const response = await raw(server, '/api/v1/plans', { method: 'DELETE' });
    assert.equal(problemOf(response).status, 405);
    assert.match(response.headers.get('allow') ?? '', /GET/);
  });

  test('JSON responses declare UTF-8', async () => {
    const response = await raw(server, '/api/v1/plans');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  });

  test('the request log has method, path, status and time, never tokens or queries', async () => {
    await raw(server, '/api/v1/retailers?q=secret-search-term');
    const line = server.logs.find((entry) => entry.startsWith('GET /api/v1/retailers '));
    assert.match(line ?? '', /^GET \/api\/v1\/retailers 200 \d+\.\dms$/);
    assert.ok(
      server.logs.every(
        (entry) =>
          !entry.includes(EDITOR_TOKEN) && !entry.includes(VIEWER_TOKEN) && !entry.includes('secret-search-term'),
      ),
    );
  });
});

/** A well-formed value for each path parameter of the table (whether or not such a record exists). */
const SAMPLE_PARAMS: Record<string, string> = {
  planId: PLAN_ID,
  kpiId: 'sales-volume',
  taskId: 'no-such-task',
  gridId: 'no-such-grid',
  itemId: 'no-such-item',
  period: '2020-11',
};

/** The route's URL under the test server's API, with `params` in place of the samples. */
const urlOf = (route: ContractRoute, params: Record<string, string> = {}, query = ''): string =>
  `/api/v1${route.path.replace(/\{(\w+)\}/g, (_all, name: string) => params[name] ?? SAMPLE_PARAMS[name] ?? name)}${query}`;

/** A request the route would accept in its headers and body, as far as these checks go. */
const wellFormed = (route: ContractRoute, request: RawRequest = {}): RawRequest => ({
  method: route.method,
  ...(route.body === undefined ? {} : { body: {} }),
  ...request,
  headers: { ...(route.headers?.includes('If-Match') ? { 'If-Match': '"1"' } : {}), ...request.headers },
});

describe('every route of the table', () => {
  for (const route of ROUTES) {
    const name = `${route.method} ${route.path}`;
    if (route.access === 'public') {
      test(`${name} answers without a token`, async () => {
        assert.equal((await raw(server, urlOf(route), wellFormed(route, { token: null }))).status, 200);
      });
      continue;
    }

    test(`${name} without a token is a 401 with WWW-Authenticate: Bearer`, async () => {
      const response = await raw(server, urlOf(route), wellFormed(route, { token: null }));
      assert.equal(problemOf(response).status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    });

    if (route.access === 'editor') {
      test(`${name} with a viewer's token is a 403`, async () => {
        const response = await raw(server, urlOf(route), wellFormed(route, { token: VIEWER_TOKEN }));
        assert.equal(problemOf(response).status, 403);
      });
    }

    test(`${name} with an unknown query parameter is a 400 naming it`, async () => {
      const response = await raw(server, urlOf(route, {}, '?colour=red'), wellFormed(route));
      const problem = problemOf(response);
      assert.equal(problem.status, 400);
      assert.equal(problem.errors?.[0]?.path, 'query.colour');
    });

    const [first] = Object.keys(route.params);
    if (first !== undefined) {
      test(`${name} with a malformed ${first} is a 400 naming params.${first}`, async () => {
        const response = await raw(server, urlOf(route, { [first]: 'NOT_AN_ID' }), wellFormed(route));
        const problem = problemOf(response);
        assert.equal(problem.status, 400);
        assert.equal(problem.errors?.[0]?.path, `params.${first}`);
      });
    }
  }
});
