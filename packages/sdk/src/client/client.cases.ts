// The client's test cases, written once and run both in Node (client.test.ts) and in Chromium
// (client.browser.test.ts). Every case gets an assertion API and talks to an injected fetch: no globals are patched.
import type {
  GridCollection,
  GridItem,
  Kpi,
  Plan,
  PlanSummary,
  Problem,
  Retailer,
  Task,
  TierFigures,
  TierSummary,
} from '../schemas/index.js';
import {
  AbortError,
  ConflictError,
  createClient,
  createIdempotencyKey,
  ForbiddenError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PlankitError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  TOKEN_REFRESH_MARGIN,
  UnauthorizedError,
  ValidationError,
  type ClientOptions,
  type PlankitClient,
} from './index.js';

/** The assertions a runner provides: node:assert/strict in Node, chai's expect in Chromium. */
export interface Checks {
  /** Strict equality. */
  equal(actual: unknown, expected: unknown, message?: string): void;
  /** Deep strict equality. */
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  ok(value: unknown, message?: string): void;
  match(actual: string, pattern: RegExp, message?: string): void;
}

export type Case = (check: Checks) => Promise<void>;

// ---------------------------------------------------------------- a fetch double (openapi-fetch style)

const BASE = 'http://plankit.test/api/v1';

export interface RecordedRequest {
  method: string;
  url: URL;
  /** The path below the base, e.g. `/plans/2020-x-county/kpis`. */
  path: string;
  headers: Headers;
  body: string;
}

type Handler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `handler`; like the real one, it rejects when the request's signal aborts. */
function fakeFetch(handler: Handler): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const recorded: RecordedRequest = {
      method: request.method,
      url,
      path: url.pathname.replace(/^\/api\/v1/, ''),
      headers: request.headers,
      body: await request.text(),
    };
    const index = requests.push(recorded) - 1;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(request.signal.reason);
      if (request.signal.aborted) return onAbort();
      request.signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(() => handler(recorded, index))
        .then(resolve, reject);
    });
  };
  return { fetch, requests };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function problem(
  status: number,
  title: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

const never = (): Promise<Response> => new Promise<Response>(() => undefined);

function clientFor(fetchDouble: typeof globalThis.fetch, options: Partial<ClientOptions> = {}): PlankitClient {
  return createClient({
    baseUrl: BASE,
    fetch: fetchDouble,
    getToken: () => 'token-1',
    retry: { delay: () => 0 },
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

function describeValue(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

async function expectRejection<T>(
  check: Checks,
  promise: Promise<unknown>,
  kind: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await rejection(promise);
  check.ok(error instanceof kind, `expected ${kind.name}, got ${describeValue(error)}`);
  return error as T;
}

/** Where `secret` occurs in `value` (own properties, causes, headers, URLs), or null. */
function findSecret(value: unknown, secret: string, where = 'error', seen = new Set<unknown>()): string | null {
  if (typeof value === 'string') return value.includes(secret) ? where : null;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof Headers) {
    for (const [name, headerValue] of value) if (headerValue.includes(secret)) return `${where}.headers[${name}]`;
    return null;
  }
  if (value instanceof Request || value instanceof Response) {
    return findSecret(value.url, secret, `${where}.url`, seen) ?? findSecret(value.headers, secret, where, seen);
  }
  for (const key of Object.getOwnPropertyNames(value)) {
    let property: unknown;
    try {
      property = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    const found = findSecret(property, secret, `${where}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------- valid sample resources

const text = (zh: string, en: string) => ({ zh, en });
const PLAN_ID = '2020-x-county';

const planSummary: PlanSummary = {
  id: PLAN_ID,
  year: 2020,
  org: text('某县烟草专卖局', 'X County'),
  title: text('工作计划', 'Work plan'),
};
const plan: Plan = {
  ...planSummary,
  positioning: text('定位', 'Positioning'),
  requirements: { zh: '', en: '' },
  pillars: [
    {
      id: 'party',
      order: 1,
      name: text('重党建', 'Party building'),
      theme: text('主题', 'Theme'),
      initiatives: [
        { id: 'party-1', pillarId: 'party', order: 1, name: text('一是', 'First'), summary: { zh: '', en: '' } },
      ],
    },
  ],
  kpiIds: ['sales'],
};
const kpi: Kpi = {
  id: 'sales',
  planId: PLAN_ID,
  name: text('销量', 'Sales'),
  category: 'sales',
  unit: 'tenThousandCases',
  rule: { kind: 'atLeast', target: 1.2 },
  aggregation: 'cumulative',
  lastYear: 1.1,
  measurements: [{ period: '2020-01', value: 0.1 }],
};
const task: Task = {
  id: 't-12',
  planId: PLAN_ID,
  pillarId: 'party',
  initiativeId: 'party-1',
  title: text('任务', 'Task'),
  owner: 'marketing',
  assignees: ['张三'],
  start: null,
  due: '2020-06-30',
  status: 'doing',
  progress: 40,
  kpiIds: ['sales'],
  version: 3,
  updatedAt: '2020-06-01T08:00:00Z',
};
const gridItem: GridItem = {
  id: 'item-7',
  gridId: 'g-1',
  kind: 'licence',
  title: '无证经营',
  stage: 'collected',
  times: { collected: '2020-06-01T08:00:00Z' },
  retailerId: null,
  version: 1,
};
const grids: GridCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'g-1',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [116, 39],
            [116.1, 39],
            [116.1, 39.1],
            [116, 39],
          ],
        ],
      },
      properties: {
        id: 'g-1',
        code: 'G01',
        name: text('城关一网格', 'Grid 1'),
        area: 'urban',
        roles: { inspector: { name: '李' }, customerManager: { name: '王' }, delivery: { name: '赵' } },
        group: null,
        figures: { retailers: 3 },
      },
    },
  ],
};
const retailer = (id: string): Retailer => ({
  id,
  licence: `L-${id}`,
  name: `便利店 ${id}`,
  businessType: 'convenience',
  area: 'urban',
  gridId: 'g-1',
  location: [116.05, 39.05],
  tier: 12,
  ordersThisYear: [1000],
  ordersLastYear: [900],
  grossMargin: 0.12,
  groupMember: false,
  pioneerStore: false,
  insideSchoolRedLine: false,
});
const figures: TierFigures = {
  count: 1,
  orderAmount: 1000,
  orderAmountLastYear: 900,
  yoyGrowth: 0.111,
  grossMargin: 0.12,
};
const tierSummary: TierSummary = {
  year: 2020,
  months: 6,
  scheme: {
    id: 'tiers-30',
    tiers: 30,
    bands: [{ id: 'mid', name: text('中档', 'Mid'), from: 11, to: 20 }],
    targetBand: 'mid',
  },
  tiers: [{ ...figures, tier: 12 }],
  bands: [{ ...figures, band: 'mid' }],
  totals: figures,
};

// ---------------------------------------------------------------- the cases

const requests: Record<string, Case> = {
  async 'plans.list sends GET /plans with the bearer token and returns the items'(check) {
    const server = fakeFetch(() => json({ items: [planSummary] }));
    const result = await clientFor(server.fetch).plans.list();
    check.deepEqual(result, [planSummary]);
    const [request] = server.requests;
    check.equal(request?.method, 'GET');
    check.equal(request?.url.href, `${BASE}/plans`);
    check.equal(request?.headers.get('authorization'), 'Bearer token-1');
    check.equal(request?.headers.get('accept'), 'application/json');
  },

  async 'plans.get sends GET /plans/{planId} and returns the plan'(check) {
    const server = fakeFetch(() => json(plan));
    check.deepEqual(await clientFor(server.fetch).plans.get(PLAN_ID), plan);
    check.equal(server.requests[0]?.path, `/plans/${PLAN_ID}`);
  },

  async 'kpis.list sends asOf as a query parameter and returns the KPIs'(check) {
    const server = fakeFetch(() => json({ items: [kpi] }));
    check.deepEqual(await clientFor(server.fetch).kpis.list(PLAN_ID, { asOf: '2020-06-30' }), [kpi]);
    check.equal(server.requests[0]?.path, `/plans/${PLAN_ID}/kpis`);
    check.equal(server.requests[0]?.url.search, '?asOf=2020-06-30');
  },

  async 'kpis.get sends GET /plans/{planId}/kpis/{kpiId} without a query when asOf is absent'(check) {
    const server = fakeFetch(() => json(kpi));
    check.deepEqual(await clientFor(server.fetch).kpis.get(PLAN_ID, 'sales'), kpi);
    check.equal(server.requests[0]?.url.href, `${BASE}/plans/${PLAN_ID}/kpis/sales`);
  },

  async 'kpis.recordMeasurement sends PUT with a JSON body and returns the updated KPI'(check) {
    const updated = { ...kpi, measurements: [...kpi.measurements, { period: '2020-02', value: 0.2 }] };
    const server = fakeFetch(() => json(updated));
    check.deepEqual(await clientFor(server.fetch).kpis.recordMeasurement(PLAN_ID, 'sales', '2020-02', 0.2), updated);
    const [request] = server.requests;
    check.equal(request?.method, 'PUT');
    check.equal(request?.path, `/plans/${PLAN_ID}/kpis/sales/measurements/2020-02`);
    check.equal(request?.headers.get('content-type'), 'application/json; charset=utf-8');
    check.deepEqual(JSON.parse(request?.body ?? ''), { value: 0.2 });
  },

  async 'tasks.list sends the filters as query parameters'(check) {
    const server = fakeFetch(() => json({ items: [task] }));
    const result = await clientFor(server.fetch).tasks.list(PLAN_ID, {
      status: 'doing',
      owner: 'marketing',
      q: '网格',
    });
    check.deepEqual(result, [task]);
    const query = server.requests[0]?.url.searchParams;
    check.equal(server.requests[0]?.path, `/plans/${PLAN_ID}/tasks`);
    check.deepEqual(
      [...(query ?? [])],
      [
        ['status', 'doing'],
        ['owner', 'marketing'],
        ['q', '网格'],
      ],
    );
  },

  async 'tasks.update sends PATCH with If-Match and the patch'(check) {
    const changed = { ...task, status: 'done' as const, progress: 100, version: 4 };
    const server = fakeFetch(() => json(changed, 200, { etag: '"4"' }));
    check.deepEqual(
      await clientFor(server.fetch).tasks.update('t-12', { status: 'done', progress: 100 }, { version: 3 }),
      changed,
    );
    const [request] = server.requests;
    check.equal(request?.method, 'PATCH');
    check.equal(request?.path, '/tasks/t-12');
    check.equal(request?.headers.get('if-match'), '"3"');
    check.deepEqual(JSON.parse(request?.body ?? ''), { status: 'done', progress: 100 });
  },

  async 'tasks.update sends a new owner department, a plan’s own code included'(check) {
    const server = fakeFetch(() => json({ ...task, owner: 'county-bureau', version: 4 }));
    const moved = await clientFor(server.fetch).tasks.update('t-12', { owner: 'county-bureau' }, { version: 3 });
    check.equal(moved.owner, 'county-bureau');
    check.deepEqual(JSON.parse(server.requests[0]?.body ?? ''), { owner: 'county-bureau' });
  },

  async 'session sends GET /session with the bearer token and returns the role'(check) {
    const server = fakeFetch(() => json({ role: 'viewer' }));
    check.deepEqual(await clientFor(server.fetch).session(), { role: 'viewer' });
    check.equal(server.requests[0]?.url.href, `${BASE}/session`);
    check.equal(server.requests[0]?.headers.get('authorization'), 'Bearer token-1');
  },

  async 'session rejects a role the contract does not know with a ValidationError naming role'(check) {
    const server = fakeFetch(() => json({ role: 'admin' }));
    const error = await expectRejection(check, clientFor(server.fetch).session(), ValidationError);
    check.equal(error.subject, 'GET /session');
    check.equal(error.path, 'role');
  },

  async 'grids.list sends the metric and returns the FeatureCollection'(check) {
    const server = fakeFetch(() => json(grids));
    check.deepEqual(await clientFor(server.fetch).grids.list({ metric: 'overdueItems' }), grids);
    check.equal(server.requests[0]?.url.href, `${BASE}/grids?metric=overdueItems`);
  },

  async 'grids.items sends stage and overdue=true and returns the items'(check) {
    const server = fakeFetch(() => json({ items: [gridItem] }));
    check.deepEqual(await clientFor(server.fetch).grids.items('g-1', { stage: 'collected', overdue: true }), [
      gridItem,
    ]);
    check.equal(server.requests[0]?.path, '/grids/g-1/items');
    check.equal(server.requests[0]?.url.search, '?stage=collected&overdue=true');
  },

  async 'grids.reportItem sends POST with a generated Idempotency-Key and returns the created item'(check) {
    const server = fakeFetch(() => json(gridItem, 201));
    const created = await clientFor(server.fetch).grids.reportItem('g-1', { kind: 'licence', title: '无证经营' });
    check.deepEqual(created, gridItem);
    const [request] = server.requests;
    check.equal(request?.method, 'POST');
    check.equal(request?.path, '/grids/g-1/items');
    check.match(
      request?.headers.get('idempotency-key') ?? '',
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    check.deepEqual(JSON.parse(request?.body ?? ''), { kind: 'licence', title: '无证经营' });
  },

  async 'grids.reportItem sends the caller’s own Idempotency-Key'(check) {
    const server = fakeFetch(() => json(gridItem, 201));
    await clientFor(server.fetch).grids.reportItem(
      'g-1',
      { kind: 'licence', title: 'x' },
      { idempotencyKey: 'report-42' },
    );
    check.equal(server.requests[0]?.headers.get('idempotency-key'), 'report-42');
  },

  async 'grids.advanceItem sends PATCH /items/{itemId} with If-Match'(check) {
    const advanced = { ...gridItem, stage: 'routed' as const, version: 2 };
    const server = fakeFetch(() => json(advanced));
    check.deepEqual(
      await clientFor(server.fetch).grids.advanceItem('item-7', { stage: 'routed' }, { version: 1 }),
      advanced,
    );
    check.equal(server.requests[0]?.path, '/items/item-7');
    check.equal(server.requests[0]?.headers.get('if-match'), '"1"');
  },

  async 'retailers.list sends the filters and returns the page'(check) {
    const page = { items: [retailer('r-1')], nextCursor: 'c2' };
    const server = fakeFetch(() => json(page));
    check.deepEqual(await clientFor(server.fetch).retailers.list({ band: 'mid', grid: 'g-1', limit: 50 }), page);
    check.equal(server.requests[0]?.url.href, `${BASE}/retailers?band=mid&grid=g-1&limit=50`);
  },

  async 'retailers.tierSummary sends year and grid and returns the summary'(check) {
    const server = fakeFetch(() => json(tierSummary));
    check.deepEqual(await clientFor(server.fetch).retailers.tierSummary({ year: 2020, grid: 'g-1' }), tierSummary);
    check.equal(server.requests[0]?.url.href, `${BASE}/retailers/tier-summary?year=2020&grid=g-1`);
  },

  async 'client headers are sent, and no Authorization when getToken has no token'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    await clientFor(server.fetch, { getToken: () => null, headers: { 'X-Tenant': 'x-county' } }).plans.list();
    check.equal(server.requests[0]?.headers.get('x-tenant'), 'x-county');
    check.equal(server.requests[0]?.headers.has('authorization'), false);
  },
};

const responses: Record<string, Case> = {
  async 'a problem response becomes the subclass for its status, with the problem'(check) {
    const server = fakeFetch(() => problem(404, 'Not Found', { detail: 'No plan 2019' }));
    const error = await expectRejection(check, clientFor(server.fetch).plans.get('2019'), NotFoundError);
    check.ok(error instanceof HttpError && error instanceof PlankitError);
    check.equal(error.status, 404);
    check.equal(error.subject, 'GET /plans/2019');
    check.deepEqual(error.problem, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No plan 2019' });
    check.equal(error.message, 'GET /plans/2019: 404 Not Found: No plan 2019');
    check.equal(server.requests.length, 1);
  },

  async 'an error body that is not a problem gets a problem made from the status'(check) {
    const server = fakeFetch(
      () =>
        new Response('<h1>Bad gateway</h1>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html' },
        }),
    );
    const error = await expectRejection(check, clientFor(server.fetch).plans.list(), ServerError);
    check.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
  },

  async 'HttpError.from picks the class for each status'(check) {
    const expected: Array<[number, abstract new (...args: never[]) => unknown]> = [
      [400, HttpError],
      [401, UnauthorizedError],
      [403, ForbiddenError],
      [404, NotFoundError],
      [409, ConflictError],
      [412, PreconditionFailedError],
      [422, HttpError],
      [429, RateLimitError],
      [500, ServerError],
      [503, ServerError],
    ];
    for (const [status, kind] of expected) {
      const error = HttpError.from(status, { type: 'about:blank', title: 'x', status }, { subject: 'GET /x' });
      check.ok(error instanceof kind && error instanceof HttpError, `${status} → ${error.name}`);
      check.equal(error.status, status);
    }
    const limited = HttpError.from(
      429,
      { type: 'about:blank', title: 'x', status: 429 },
      {
        subject: 'GET /x',
        headers: new Headers({ 'retry-after': '7' }),
      },
    );
    check.equal(limited instanceof RateLimitError ? limited.retryAfter : undefined, 7);
  },

  async 'a response that does not fit the schema raises ValidationError naming the path'(check) {
    // A closed vocabulary: units are open codes since issue 13, so an unknown unit is no longer invalid.
    const server = fakeFetch(() => json({ items: [{ ...kpi, aggregation: 'furlongs' }] }));
    const error = await expectRejection(check, clientFor(server.fetch).kpis.list(PLAN_ID), ValidationError);
    check.equal(error.subject, `GET /plans/${PLAN_ID}/kpis`);
    check.equal(error.path, 'items.0.aggregation');
    check.match(error.message, /received "furlongs"/);
  },

  async 'a response issue is structured (code, expected, kind received) for a UI to word in its language'(check) {
    const server = fakeFetch(() => json({ items: [{ ...kpi, id: 42 }] }));
    const error = await expectRejection(check, clientFor(server.fetch).kpis.list(PLAN_ID), ValidationError);
    const [issue] = error.issues;
    check.equal(issue?.path, 'items.0.id');
    check.equal(issue?.code, 'invalid_type');
    check.equal(issue?.expected, 'string');
    check.equal(issue?.received, 'number');
  },

  async 'malformed JSON raises MalformedResponseError'(check) {
    const server = fakeFetch(() => new Response('{"items": [', { headers: { 'content-type': 'application/json' } }));
    const error = await expectRejection(check, clientFor(server.fetch).plans.list(), MalformedResponseError);
    check.equal(error.status, 200);
    check.ok(error.cause instanceof SyntaxError);
  },

  async 'an HTML page instead of JSON raises MalformedResponseError naming the content type'(check) {
    const server = fakeFetch(
      () => new Response('<!doctype html><title>Login</title>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await expectRejection(check, clientFor(server.fetch).plans.list(), MalformedResponseError);
    check.equal(error.contentType, 'text/html');
    check.match(error.message, /text\/html/);
  },

  async 'an empty success body raises MalformedResponseError'(check) {
    const server = fakeFetch(() => new Response('', { headers: { 'content-type': 'application/json' } }));
    await expectRejection(check, clientFor(server.fetch).plans.list(), MalformedResponseError);
  },

  async 'a truncated body raises MalformedResponseError'(check) {
    const server = fakeFetch(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"items": [{"id": "20'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const error = await expectRejection(check, clientFor(server.fetch).plans.list(), MalformedResponseError);
    check.ok(error.cause instanceof TypeError);
  },
};

const retries: Record<string, Case> = {
  async 'a GET is retried on 503 and then succeeds'(check) {
    const server = fakeFetch((_request, index) =>
      index === 0 ? problem(503, 'Unavailable') : json({ items: [planSummary] }),
    );
    check.deepEqual(await clientFor(server.fetch).plans.list(), [planSummary]);
    check.equal(server.requests.length, 2);
  },

  async 'Retry-After is honoured before the retry'(check) {
    const times: number[] = [];
    const server = fakeFetch((_request, index) => {
      times.push(performance.now());
      return index === 0 ? problem(503, 'Unavailable', {}, { 'retry-after': '1' }) : json({ items: [] });
    });
    await clientFor(server.fetch).plans.list();
    const waited = (times[1] ?? 0) - (times[0] ?? 0);
    check.ok(waited >= 950 && waited < 5000, `waited ${Math.round(waited)} ms for Retry-After: 1`);
  },

  async '429 on every attempt raises RateLimitError with retryAfter once the retries run out'(check) {
    const server = fakeFetch(() => problem(429, 'Too Many Requests', {}, { 'retry-after': '0' }));
    const error = await expectRejection(
      check,
      clientFor(server.fetch, { retry: { limit: 2, delay: () => 0 } }).plans.list(),
      RateLimitError,
    );
    check.equal(error.retryAfter, 0);
    check.equal(server.requests.length, 3);
  },

  async 'a Retry-After longer than maxRetryAfter is not waited for'(check) {
    const server = fakeFetch(() => problem(429, 'Too Many Requests', {}, { 'retry-after': '120' }));
    const started = performance.now();
    const client = clientFor(server.fetch, { retry: { delay: () => 0, maxRetryAfter: 5000 } });
    const error = await expectRejection(check, client.plans.list(), RateLimitError);
    check.equal(error.retryAfter, 120);
    check.equal(server.requests.length, 1);
    check.ok(performance.now() - started < 1000);
  },

  async 'a POST is retried with the same Idempotency-Key'(check) {
    const server = fakeFetch((_request, index) => (index === 0 ? problem(503, 'Unavailable') : json(gridItem, 201)));
    await clientFor(server.fetch).grids.reportItem('g-1', { kind: 'licence', title: '无证经营' });
    check.equal(server.requests.length, 2);
    const [first, second] = server.requests.map((request) => request.headers.get('idempotency-key'));
    check.ok(first);
    check.equal(second, first);
    check.equal(server.requests[1]?.body, server.requests[0]?.body);
  },

  async 'a PUT is retried after a network failure'(check) {
    const server = fakeFetch((_request, index) => {
      if (index === 0) throw new TypeError('Failed to fetch');
      return json(kpi);
    });
    await clientFor(server.fetch).kpis.recordMeasurement(PLAN_ID, 'sales', '2020-01', 0.1);
    check.equal(server.requests.length, 2);
    check.deepEqual(
      server.requests.map((request) => request.body),
      ['{"value":0.1}', '{"value":0.1}'],
    );
  },

  async 'a PATCH with If-Match is retried on 503'(check) {
    const server = fakeFetch((_request, index) => (index === 0 ? problem(503, 'Unavailable') : json(task)));
    await clientFor(server.fetch).tasks.update('t-12', { progress: 50 }, { version: 3 });
    check.deepEqual(
      server.requests.map((request) => request.headers.get('if-match')),
      ['"3"', '"3"'],
    );
  },

  async 'a PATCH answered 412 is not retried and carries the current task'(check) {
    const current = { ...task, progress: 60, version: 5 };
    const server = fakeFetch(() => problem(412, 'Precondition Failed', { current }));
    const client = clientFor(server.fetch);
    const error = await expectRejection(
      check,
      client.tasks.update('t-12', { progress: 50 }, { version: 3 }),
      PreconditionFailedError,
    );
    check.deepEqual(error.current, current);
    check.equal(server.requests.length, 1);
  },

  async 'a 412 whose current does not fit the schema keeps the raw value'(check) {
    const server = fakeFetch(() => problem(412, 'Precondition Failed', { current: { id: 'item-7', version: 'two' } }));
    const client = clientFor(server.fetch);
    const error = await expectRejection(
      check,
      client.grids.advanceItem('item-7', { stage: 'routed' }, { version: 1 }),
      PreconditionFailedError,
    );
    check.deepEqual(error.current, { id: 'item-7', version: 'two' });
  },

  async 'a 404 is not retried'(check) {
    const server = fakeFetch(() => problem(404, 'Not Found'));
    await expectRejection(check, clientFor(server.fetch).plans.get('2019'), NotFoundError);
    check.equal(server.requests.length, 1);
  },

  async 'a network failure raises NetworkError after the retries'(check) {
    const failure = new TypeError('Failed to fetch');
    const server = fakeFetch(() => {
      throw failure;
    });
    const error = await expectRejection(check, clientFor(server.fetch).plans.list(), NetworkError);
    check.equal(server.requests.length, 3);
    check.equal(error.cause, failure);
    check.equal(error.subject, 'GET /plans');
  },

  async 'a fetch failure with an unfamiliar message is retried as a network failure too'(check) {
    const server = fakeFetch((_request, index) => {
      if (index === 0) throw new TypeError('socket hang up');
      return json({ items: [] });
    });
    check.deepEqual(await clientFor(server.fetch).plans.list(), []);
    check.equal(server.requests.length, 2);
  },

  async 'retry: 0 turns retries off'(check) {
    const server = fakeFetch(() => problem(503, 'Unavailable'));
    await expectRejection(check, clientFor(server.fetch, { retry: 0 }).plans.list(), ServerError);
    check.equal(server.requests.length, 1);
  },

  async 'a timeout raises TimeoutError and is not retried'(check) {
    const server = fakeFetch(never);
    const error = await expectRejection(check, clientFor(server.fetch, { timeout: 50 }).plans.list(), TimeoutError);
    check.equal(error.timeout, 50);
    check.equal(server.requests.length, 1);
  },

  async '408, 429 and every 5xx are retried; other error statuses are not'(check) {
    const attemptsByStatus: Array<[number, number]> = [
      [408, 3],
      [429, 3],
      [500, 3],
      [502, 3],
      [504, 3],
      [599, 3],
      [400, 1],
      [403, 1],
      [405, 1],
      [409, 1],
      [413, 1],
      [422, 1],
      [428, 1],
    ];
    for (const [status, attempts] of attemptsByStatus) {
      const server = fakeFetch(() => problem(status, 'x'));
      const error = await expectRejection(check, clientFor(server.fetch).plans.list(), HttpError);
      check.equal(error.status, status);
      check.equal(server.requests.length, attempts, `${status}: ${server.requests.length} attempts`);
    }
  },

  async 'the default backoff waits 300 ms, then 600 ms'(check) {
    const times: number[] = [];
    const server = fakeFetch(() => {
      times.push(performance.now());
      return problem(503, 'Unavailable');
    });
    await expectRejection(check, clientFor(server.fetch, { retry: 2 }).plans.list(), ServerError);
    const [first = 0, second = 0, third = 0] = times;
    check.ok(second - first >= 295 && second - first < 2000, `first wait ${Math.round(second - first)} ms`);
    check.ok(third - second >= 595 && third - second < 3000, `second wait ${Math.round(third - second)} ms`);
  },

  async 'backoffLimit caps the backoff'(check) {
    const times: number[] = [];
    const server = fakeFetch(() => {
      times.push(performance.now());
      return problem(503, 'Unavailable');
    });
    await expectRejection(check, clientFor(server.fetch, { retry: { backoffLimit: 40 } }).plans.list(), ServerError);
    check.equal(times.length, 3);
    for (let index = 1; index < times.length; index++) {
      const waited = (times[index] ?? 0) - (times[index - 1] ?? 0);
      check.ok(waited >= 35 && waited < 290, `wait ${index}: ${Math.round(waited)} ms, not capped at 40`);
    }
  },

  async 'a Retry-After given as an HTTP date is read too'(check) {
    const later = new Date(Date.now() + 120_000).toUTCString();
    const server = fakeFetch(() => problem(429, 'Too Many Requests', {}, { 'retry-after': later }));
    const client = clientFor(server.fetch, { retry: { delay: () => 0, maxRetryAfter: 5000 } });
    const error = await expectRejection(check, client.plans.list(), RateLimitError);
    check.ok(error.retryAfter !== null && error.retryAfter >= 118 && error.retryAfter <= 121, `${error.retryAfter}`);
    check.equal(server.requests.length, 1);
  },

  async 'a 503 whose Retry-After exceeds maxRetryAfter is raised at once'(check) {
    const server = fakeFetch(() => problem(503, 'Unavailable', {}, { 'retry-after': '3600' }));
    const started = performance.now();
    const client = clientFor(server.fetch, { retry: { delay: () => 0, maxRetryAfter: 5000 } });
    await expectRejection(check, client.plans.list(), ServerError);
    check.equal(server.requests.length, 1);
    check.ok(performance.now() - started < 1000);
  },

  async 'an unreadable Retry-After falls back to the backoff'(check) {
    const server = fakeFetch((_request, index) =>
      index === 0 ? problem(503, 'Unavailable', {}, { 'retry-after': 'soon' }) : json({ items: [] }),
    );
    check.deepEqual(await clientFor(server.fetch).plans.list(), []);
    check.equal(server.requests.length, 2);
  },

  async 'an error status whose body cannot be read still raises its HttpError'(check) {
    const server = fakeFetch(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } });
    });
    const error = await expectRejection(check, clientFor(server.fetch).plans.get('2019'), NotFoundError);
    check.deepEqual(error.problem, { type: 'about:blank', title: 'Not Found', status: 404 });
  },

  async 'the timeout also covers reading the body'(check) {
    const server = fakeFetch(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"items": ['));
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const error = await expectRejection(check, clientFor(server.fetch, { timeout: 50 }).plans.list(), TimeoutError);
    check.equal(error.subject, 'GET /plans');
    check.equal(server.requests.length, 1);
  },

  async 'a fetch that ignores its signal still times out'(check) {
    let calls = 0;
    const deaf = (): Promise<Response> => {
      calls += 1;
      return never();
    };
    const started = performance.now();
    await expectRejection(check, clientFor(deaf, { timeout: 50 }).plans.list(), TimeoutError);
    check.ok(performance.now() - started < 1000);
    check.equal(calls, 1);
  },
};

/** An AbortSignal that counts the listeners still registered on it. */
function countedSignal(): { controller: AbortController; signal: AbortSignal; listening: () => number } {
  const controller = new AbortController();
  const { signal } = controller;
  const listeners = new Set<unknown>();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  Object.assign(signal, {
    addEventListener(type: string, listener: EventListener, options?: AddEventListenerOptions) {
      listeners.add(listener);
      add(type, listener, options);
    },
    removeEventListener(type: string, listener: EventListener, options?: EventListenerOptions) {
      listeners.delete(listener);
      remove(type, listener, options);
    },
  });
  return { controller, signal, listening: () => listeners.size };
}

const aborts: Record<string, Case> = {
  async 'an already aborted signal raises AbortError without any request'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const controller = new AbortController();
    controller.abort(new Error('page left'));
    const error = await expectRejection(
      check,
      clientFor(server.fetch).plans.list({ signal: controller.signal }),
      AbortError,
    );
    check.equal(server.requests.length, 0);
    check.equal(error.cause, controller.signal.reason);
  },

  async 'aborting a pending request raises AbortError with the reason, and nothing is retried'(check) {
    const server = fakeFetch(never);
    const controller = new AbortController();
    const reason = new Error('element disconnected');
    const pending = clientFor(server.fetch).plans.list({ signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    const error = await expectRejection(check, pending, AbortError);
    check.equal(error.cause, reason);
    await new Promise((resolve) => setTimeout(resolve, 50));
    check.equal(server.requests.length, 1);
  },

  async 'aborting during the backoff stops the retries'(check) {
    const server = fakeFetch(() => problem(503, 'Unavailable'));
    const controller = new AbortController();
    const client = clientFor(server.fetch, { retry: { delay: () => 60_000 } });
    const pending = client.plans.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    await expectRejection(check, pending, AbortError);
    check.ok(performance.now() - started < 2000);
    check.equal(server.requests.length, 1);
  },

  async 'aborting while getToken is pending raises AbortError without any request'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const controller = new AbortController();
    const pending = clientFor(server.fetch, { getToken: () => new Promise<string>(() => undefined) }).plans.list({
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    await expectRejection(check, pending, AbortError);
    check.equal(server.requests.length, 0);
  },

  async 'aborting with a fetch that ignores its signal still raises AbortError at once'(check) {
    const controller = new AbortController();
    const pending = clientFor(never).plans.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expectRejection(check, pending, AbortError);
    check.ok(performance.now() - started < 1000);
  },

  async 'no listener stays on the caller’s signal once a call settles'(check) {
    const settled = async (name: string, fetchDouble: typeof fetch, options: Partial<ClientOptions> = {}) => {
      const { signal, listening } = countedSignal();
      await clientFor(fetchDouble, options)
        .plans.list({ signal })
        .then(
          () => undefined,
          () => undefined,
        );
      await new Promise((resolve) => setTimeout(resolve, 0));
      check.equal(listening(), 0, `${name}: ${listening()} listeners left`);
    };
    await settled('success', fakeFetch(() => json({ items: [] })).fetch);
    await settled(
      'retried 503',
      fakeFetch((_request, index) => (index === 0 ? problem(503, 'Unavailable') : json({ items: [] }))).fetch,
    );
    await settled('404', fakeFetch(() => problem(404, 'Not Found')).fetch);
    await settled('network failures', fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch);
    await settled('timeout', fakeFetch(never).fetch, { timeout: 20 });
    const { server, options } = refreshingAuth();
    await settled('refresh after 401', server.fetch, options);

    const { controller, signal, listening } = countedSignal();
    const pending = clientFor(fakeFetch(never).fetch).plans.list({ signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    check.ok(listening() > 0, 'a pending call listens to the signal');
    controller.abort();
    await expectRejection(check, pending, AbortError);
    check.equal(listening(), 0, `aborted: ${listening()} listeners left`);
  },
};

/** A server that accepts only `Bearer fresh`, and a getToken that hands out `stale` until asked to refresh. */
function refreshingAuth(): { server: ReturnType<typeof fakeFetch>; calls: boolean[]; options: Partial<ClientOptions> } {
  const calls: boolean[] = [];
  const server = fakeFetch((request) =>
    request.headers.get('authorization') === 'Bearer fresh'
      ? json({ items: [planSummary] })
      : problem(401, 'Unauthorized', {}, { 'www-authenticate': 'Bearer' }),
  );
  const getToken = async ({ refresh }: { refresh: boolean }) => {
    calls.push(refresh);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return refresh ? 'fresh' : 'stale';
  };
  return { server, calls, options: { getToken } };
}

const auth: Record<string, Case> = {
  async 'a 401 asks getToken to refresh once and retries with the new token'(check) {
    const { server, calls, options } = refreshingAuth();
    check.deepEqual(await clientFor(server.fetch, options).plans.list(), [planSummary]);
    check.deepEqual(calls, [false, true]);
    check.deepEqual(
      server.requests.map((request) => request.headers.get('authorization')),
      ['Bearer stale', 'Bearer fresh'],
    );
  },

  async 'a second 401 raises UnauthorizedError'(check) {
    const calls: boolean[] = [];
    const server = fakeFetch(() => problem(401, 'Unauthorized'));
    const getToken = ({ refresh }: { refresh: boolean }) => {
      calls.push(refresh);
      return refresh ? 'also-refused' : 'refused';
    };
    await expectRejection(check, clientFor(server.fetch, { getToken }).plans.list(), UnauthorizedError);
    check.deepEqual(calls, [false, true]);
    check.equal(server.requests.length, 2);
  },

  async 'five requests that hit 401 together share one refresh'(check) {
    const { server, calls, options } = refreshingAuth();
    const client = clientFor(server.fetch, options);
    const results = await Promise.all(Array.from({ length: 5 }, () => client.plans.list()));
    check.deepEqual(
      results,
      Array.from({ length: 5 }, () => [planSummary]),
    );
    check.equal(calls.filter((refresh) => refresh).length, 1);
    check.equal(server.requests.length, 10);
  },

  async 'without getToken a 401 raises UnauthorizedError at once'(check) {
    const server = fakeFetch(() => problem(401, 'Unauthorized'));
    await expectRejection(check, clientFor(server.fetch, { getToken: undefined }).plans.list(), UnauthorizedError);
    check.equal(server.requests.length, 1);
  },

  async 'a refresh that yields no token leaves the 401 standing'(check) {
    const server = fakeFetch(() => problem(401, 'Unauthorized'));
    const getToken = ({ refresh }: { refresh: boolean }) => (refresh ? null : 'expired');
    await expectRejection(check, clientFor(server.fetch, { getToken }).plans.list(), UnauthorizedError);
    check.equal(server.requests.length, 1);
  },

  async 'the token never appears in a URL or in any error'(check) {
    const secret = 'SECRET-7f3a';
    const getToken = ({ refresh }: { refresh: boolean }) => (refresh ? `${secret}-refreshed` : `${secret}-first`);
    const scenarios: Array<[string, Handler, (client: PlankitClient, signal: AbortSignal) => Promise<unknown>]> = [
      ['401 twice', () => problem(401, 'Unauthorized'), (client) => client.plans.list()],
      ['500', () => problem(500, 'Internal Server Error'), (client) => client.plans.list()],
      [
        '412',
        () => problem(412, 'Precondition Failed', { current: task }),
        (client) => client.tasks.update('t-12', { progress: 1 }, { version: 1 }),
      ],
      ['network', () => Promise.reject(new TypeError('Failed to fetch')), (client) => client.plans.list()],
      ['timeout', never, (client) => client.plans.list()],
      [
        'malformed',
        () => new Response('{', { headers: { 'content-type': 'application/json' } }),
        (client) => client.plans.list(),
      ],
      ['schema', () => json({ items: [{ id: 'Not An Id' }] }), (client) => client.plans.list()],
      ['abort', never, (client, signal) => client.plans.list({ signal })],
    ];
    for (const [name, handler, run] of scenarios) {
      const server = fakeFetch(handler);
      const controller = new AbortController();
      const client = clientFor(server.fetch, { getToken, timeout: 100 });
      const pending = run(client, controller.signal);
      if (name === 'abort') setTimeout(() => controller.abort(), 10);
      const error = await rejection(pending);
      check.ok(error instanceof PlankitError, `${name}: ${describeValue(error)}`);
      check.equal(findSecret(error, secret), null, `${name}: the token leaked into the error`);
      for (const request of server.requests) {
        check.ok(!request.url.href.includes(secret), `${name}: the token leaked into ${request.url.href}`);
        check.match(request.headers.get('authorization') ?? '', new RegExp(`^Bearer ${secret}`));
      }
    }
  },

  async 'a token that would break the header raises ValidationError without showing it'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const error = await expectRejection(
      check,
      clientFor(server.fetch, { getToken: () => 'abc\r\nX-Evil: 1' }).plans.list(),
      ValidationError,
    );
    check.ok(!error.message.includes('abc'));
    check.equal(server.requests.length, 0);
  },
};

/** getToken handing out `{ token, expiresAt }`: `first` when not asked to refresh, then `refreshed-1`, `refreshed-2`… */
function expiringTokens(firstLifetime: number): { calls: boolean[]; getToken: NonNullable<ClientOptions['getToken']> } {
  const calls: boolean[] = [];
  let refreshes = 0;
  const getToken = async ({ refresh }: { refresh: boolean }) => {
    calls.push(refresh);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!refresh) return { token: 'first', expiresAt: Date.now() + firstLifetime };
    refreshes += 1;
    return { token: `refreshed-${refreshes}`, expiresAt: new Date(Date.now() + 3_600_000) };
  };
  return { calls, getToken };
}

const proactiveRefresh: Record<string, Case> = {
  async 'a token with expiresAt is reused, then refreshed once shortly before it expires'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const { calls, getToken } = expiringTokens(TOKEN_REFRESH_MARGIN + 150);
    const client = clientFor(server.fetch, { getToken });
    await client.plans.list();
    await client.plans.list();
    check.deepEqual(calls, [false], 'the token is kept while it has time left');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Now inside the margin: three requests together share one refresh.
    await Promise.all([client.plans.list(), client.plans.list(), client.plans.list()]);
    check.deepEqual(calls, [false, true]);
    check.deepEqual(
      server.requests.map((request) => request.headers.get('authorization')),
      ['Bearer first', 'Bearer first', 'Bearer refreshed-1', 'Bearer refreshed-1', 'Bearer refreshed-1'],
    );
  },

  async 'a token that arrives already inside the margin is refreshed before the next request'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const { calls, getToken } = expiringTokens(1000);
    const client = clientFor(server.fetch, { getToken });
    await client.plans.list();
    await client.plans.list();
    check.deepEqual(calls, [false, true]);
    check.deepEqual(
      server.requests.map((request) => request.headers.get('authorization')),
      ['Bearer first', 'Bearer refreshed-1'],
    );
  },

  async 'a 401 on a kept token still refreshes once and retries'(check) {
    const server = fakeFetch((request) =>
      request.headers.get('authorization') === 'Bearer refreshed-1'
        ? json({ items: [planSummary] })
        : problem(401, 'Unauthorized'),
    );
    const { calls, getToken } = expiringTokens(3_600_000);
    check.deepEqual(await clientFor(server.fetch, { getToken }).plans.list(), [planSummary]);
    check.deepEqual(calls, [false, true]);
  },

  async 'an expiresAt that is not a time raises ValidationError without showing the token'(check) {
    const server = fakeFetch(() => json({ items: [] }));
    const getToken = () => ({ token: 'SECRET-x', expiresAt: 'tomorrow' as unknown as number });
    const error = await expectRejection(check, clientFor(server.fetch, { getToken }).plans.list(), ValidationError);
    check.equal(error.path, 'expiresAt');
    check.equal(findSecret(error, 'SECRET'), null);
    check.equal(server.requests.length, 0);
  },
};

const argumentsCases: Record<string, Case> = {
  async 'an id with a slash raises ValidationError before any request'(check) {
    const server = fakeFetch(() => json(plan));
    const error = await expectRejection(check, clientFor(server.fetch).plans.get('2020/../admin'), ValidationError);
    check.equal(error.subject, 'GET /plans/{planId}');
    check.equal(error.path, 'params.planId');
    check.equal(server.requests.length, 0);
  },

  async 'a patch with an unknown field raises ValidationError before any request'(check) {
    const server = fakeFetch(() => json(task));
    const patch = { progress: 10, colour: 'red' } as unknown as Parameters<PlankitClient['tasks']['update']>[1];
    const error = await expectRejection(
      check,
      clientFor(server.fetch).tasks.update('t-12', patch, { version: 3 }),
      ValidationError,
    );
    check.equal(error.subject, 'PATCH /tasks/{taskId}');
    check.equal(error.path, 'body');
    check.match(error.message, /unknown field "colour"/);
    check.equal(server.requests.length, 0);
  },

  async 'bad values in patches, versions, periods, dates and queries name their place'(check) {
    const server = fakeFetch(() => json({}));
    const client = clientFor(server.fetch);
    const cases: Array<[Promise<unknown>, string]> = [
      [client.tasks.update('t-12', { progress: 101 }, { version: 3 }), 'body.progress'],
      [client.tasks.update('t-12', { progress: 1 }, { version: 0 }), 'options.version'],
      [client.tasks.update('t-12', { owner: 'not a code' }, { version: 3 }), 'body.owner'],
      [client.kpis.recordMeasurement(PLAN_ID, 'sales', '2020-13', 1), 'params.period'],
      [client.kpis.recordMeasurement(PLAN_ID, 'sales', '2020-12', Number.NaN), 'body.value'],
      [client.kpis.list(PLAN_ID, { asOf: '30/06/2020' }), 'query.asOf'],
      [client.retailers.list({ limit: 501 }), 'query.limit'],
      [
        client.grids.reportItem('g-1', { kind: 'licence', title: 'x' }, { idempotencyKey: 'has space' }),
        'options.idempotencyKey',
      ],
    ];
    for (const [pending, path] of cases) {
      const error = await expectRejection(check, pending, ValidationError);
      check.equal(error.path, path);
    }
    check.equal(server.requests.length, 0);
  },

  async 'createClient refuses bad options with ValidationError'(check) {
    const attempts: Array<[() => unknown, string]> = [
      [() => createClient({ baseUrl: 'ftp://files.test/api' }), 'baseUrl'],
      [() => createClient({ baseUrl: 'https://user:pw@host.test/api/v1' }), 'baseUrl'],
      [() => createClient({ baseUrl: BASE, timeout: -1 }), 'timeout'],
      [() => createClient({ baseUrl: BASE, retry: 1.5 }), 'retry'],
      [() => createClient({ baseUrl: BASE, getToken: 'token' as never }), 'getToken'],
      [() => createClient({ baseUrl: BASE, fetch: {} as never }), 'fetch'],
      [() => createClient({ baseUrl: BASE, retry: { delay: 5 as never } }), 'retry.delay'],
      [() => createClient({ baseUrl: BASE, headers: ['x'] as never }), 'headers'],
      [() => createClient({ baseUrl: BASE, headers: new Map([['x-n', '1']]) as never }), 'headers'],
      [() => createClient({ baseUrl: BASE, headers: new Headers({ 'x-n': '1' }) as never }), 'headers'],
      [() => createClient({ baseUrl: BASE, headers: { 'X-Count': 1 as never } }), 'headers.X-Count'],
    ];
    for (const [attempt, path] of attempts) {
      let error: unknown;
      try {
        attempt();
      } catch (caught) {
        error = caught;
      }
      check.ok(error instanceof ValidationError, `${path}: ${describeValue(error)}`);
      check.equal((error as ValidationError).path, path);
    }
  },

  async 'a relative baseUrl resolves against document.baseURI in browsers and is refused elsewhere'(check) {
    const documentBase = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
    if (documentBase === undefined) {
      let error: unknown;
      try {
        createClient({ baseUrl: '/api/v1' });
      } catch (caught) {
        error = caught;
      }
      check.ok(error instanceof ValidationError);
      check.match((error as Error).message, /absolute URL/);
    } else {
      check.equal(createClient({ baseUrl: '/api/v1/' }).baseUrl, new URL('/api/v1', documentBase).href);
    }
  },
};

const pagination: Record<string, Case> = {
  async 'retailers.all follows nextCursor over three pages and stops on null'(check) {
    const pages: Record<string, { items: Retailer[]; nextCursor: string | null }> = {
      '': { items: [retailer('r-1'), retailer('r-2')], nextCursor: 'p2' },
      p2: { items: [retailer('r-3')], nextCursor: 'p3' },
      p3: { items: [retailer('r-4')], nextCursor: null },
    };
    const server = fakeFetch((request) => json(pages[request.url.searchParams.get('cursor') ?? '']));
    const ids: string[] = [];
    for await (const found of clientFor(server.fetch).retailers.all({ band: 'mid', limit: 2 })) ids.push(found.id);
    check.deepEqual(ids, ['r-1', 'r-2', 'r-3', 'r-4']);
    check.deepEqual(
      server.requests.map((request) => request.url.search),
      ['?band=mid&limit=2', '?band=mid&cursor=p2&limit=2', '?band=mid&cursor=p3&limit=2'],
    );
  },

  async 'aborting stops retailers.all'(check) {
    const server = fakeFetch((request) =>
      json({ items: [retailer('r-1')], nextCursor: `${request.url.searchParams.get('cursor') ?? ''}x` }),
    );
    const controller = new AbortController();
    const ids: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const found of clientFor(server.fetch).retailers.all({}, { signal: controller.signal })) {
          ids.push(found.id);
          controller.abort();
        }
      })(),
    );
    check.ok(error instanceof AbortError, describeValue(error));
    check.deepEqual(ids, ['r-1']);
    check.equal(server.requests.length, 1);
  },

  async 'a server that repeats a cursor cannot make retailers.all loop forever'(check) {
    const server = fakeFetch(() => json({ items: [retailer('r-1')], nextCursor: 'same' }));
    const iterate = async () => {
      for await (const found of clientFor(server.fetch).retailers.all()) void found;
    };
    await expectRejection(check, iterate(), MalformedResponseError);
    check.equal(server.requests.length, 2);
  },
};

const idempotencyKeys: Record<string, Case> = {
  async 'without crypto.randomUUID (plain-http pages) keys are still random v4 UUIDs'(check) {
    const withoutRandomUuid: Pick<Crypto, 'getRandomValues'> = {
      getRandomValues: (array) => globalThis.crypto.getRandomValues(array),
    };
    const first = createIdempotencyKey(withoutRandomUuid);
    check.match(first, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    check.ok(first !== createIdempotencyKey(withoutRandomUuid));
  },
};

// ---------------------------------------------------------------- the change stream

/** An SSE body: the given blocks, then the stream ends (or stays open when `hold`). */
function sse(blocks: string[], options: { hold?: boolean; status?: number } = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const block of blocks) controller.enqueue(encoder.encode(`${block}\n\n`));
      if (options.hold !== true) controller.close();
    },
  });
  return new Response(body, { status: options.status ?? 200, headers: { 'content-type': 'text/event-stream' } });
}

const changeOf = (seq: number, entityId = 'p1-1-t1') => ({
  seq,
  at: '2020-06-30T08:00:00.000Z',
  planId: PLAN_ID,
  entity: 'task',
  entityId,
  version: seq + 1,
});
const changeBlock = (seq: number, entityId?: string) =>
  `event: change\nid: ${seq}\ndata: ${JSON.stringify(changeOf(seq, entityId))}`;
const READY = 'event: ready\ndata: {}\nretry: 2000';

/** The first `count` events of a change stream; then the loop breaks (which must close the connection). */
async function take(iterator: AsyncGenerator<unknown, void, undefined>, count: number): Promise<unknown[]> {
  const events: unknown[] = [];
  if (count === 0) return events;
  for await (const event of iterator) {
    events.push(event);
    if (events.length === count) break;
  }
  return events;
}

const changeStream: Record<string, Case> = {
  async 'changes() sends GET /plans/{planId}/changes with the bearer token, asking for event-stream'(check) {
    const server = fakeFetch(() => sse([READY, changeBlock(7)]));
    await take(clientFor(server.fetch).changes(PLAN_ID), 1);
    const request = server.requests[0] as RecordedRequest;
    check.deepEqual(
      [request.method, request.path, request.headers.get('authorization'), request.headers.get('accept')],
      ['GET', `/plans/${PLAN_ID}/changes`, 'Bearer token-1', 'text/event-stream'],
    );
    check.equal(request.headers.get('last-event-id'), null);
  },

  async 'changes() yields each change, validated, in order'(check) {
    const server = fakeFetch(() =>
      sse([READY, changeBlock(7, 'a'), ': heartbeat', changeBlock(8, 'b')], { hold: true }),
    );
    const events = await take(clientFor(server.fetch).changes(PLAN_ID), 2);
    check.deepEqual(events, [
      { type: 'change', change: changeOf(7, 'a') },
      { type: 'change', change: changeOf(8, 'b') },
    ]);
  },

  async 'changes() resumes after the last change it yielded when the stream ends, with Last-Event-ID'(check) {
    const server = fakeFetch((_request, index) =>
      index === 0 ? sse([READY, changeBlock(7), changeBlock(8)]) : sse([READY, changeBlock(9)], { hold: true }),
    );
    const statuses: string[] = [];
    const events = await take(
      clientFor(server.fetch).changes(PLAN_ID, {
        reconnectDelay: () => 0,
        onStatus: (status) => statuses.push(status),
      }),
      3,
    );
    check.deepEqual(
      events.map((event) => (event as { change: { seq: number } }).change.seq),
      [7, 8, 9],
    );
    check.equal(server.requests[1]?.headers.get('last-event-id'), '8');
    check.deepEqual(statuses, ['connecting', 'open', 'reconnecting', 'open']);
  },

  async 'changes() resumes from the position the ready event gave when no change came before the loss'(check) {
    const server = fakeFetch((_request, index) =>
      index === 0 ? sse(['event: ready\nid: 57\ndata: {}']) : sse([READY, changeBlock(58)], { hold: true }),
    );
    await take(clientFor(server.fetch).changes(PLAN_ID, { reconnectDelay: () => 0 }), 1);
    check.equal(server.requests[0]?.headers.get('last-event-id'), null);
    check.equal(server.requests[1]?.headers.get('last-event-id'), '57');
  },

  async 'changes() starts after `since` when given one'(check) {
    const server = fakeFetch(() => sse([READY, changeBlock(43)], { hold: true }));
    await take(clientFor(server.fetch).changes(PLAN_ID, { since: 42 }), 1);
    check.equal(server.requests[0]?.headers.get('last-event-id'), '42');
  },

  async 'changes() reconnects after network failures and 5xx, with the backoff it is given'(check) {
    const server = fakeFetch((_request, index) => {
      if (index === 0) throw new TypeError('Failed to fetch');
      if (index === 1) return problem(503, 'Service Unavailable');
      return sse([READY, changeBlock(1)], { hold: true });
    });
    const delays: number[] = [];
    const events = await take(
      clientFor(server.fetch, { retry: 0 }).changes(PLAN_ID, {
        reconnectDelay: (attempt) => {
          delays.push(attempt);
          return 0;
        },
      }),
      1,
    );
    check.equal(events.length, 1);
    check.deepEqual(delays, [1, 2]);
  },

  async 'changes() yields "reload" when the server cannot resume, and resumes from its position'(check) {
    const reload = { reason: 'behind-log', resumeFrom: 90 };
    const server = fakeFetch((_request, index) =>
      index === 0
        ? sse([READY, `event: reload\nid: 90\ndata: ${JSON.stringify(reload)}`])
        : sse([READY, changeBlock(91)], { hold: true }),
    );
    const events = await take(clientFor(server.fetch).changes(PLAN_ID, { since: 3, reconnectDelay: () => 0 }), 2);
    check.deepEqual(events[0], { type: 'reload', reload });
    check.equal(server.requests[1]?.headers.get('last-event-id'), '90');
  },

  async 'changes() throws what reconnecting cannot fix: 404 as NotFoundError'(check) {
    const server = fakeFetch(() => problem(404, 'Not Found'));
    await expectRejection(check, take(clientFor(server.fetch).changes(PLAN_ID), 1), NotFoundError);
    check.equal(server.requests.length, 1);
  },

  async 'changes() refreshes the token once after a 401, as every request does'(check) {
    const tokens: boolean[] = [];
    const server = fakeFetch((_request, index) =>
      index === 0 ? problem(401, 'Unauthorized') : sse([READY, changeBlock(1)], { hold: true }),
    );
    const client = clientFor(server.fetch, {
      getToken: ({ refresh }) => {
        tokens.push(refresh);
        return refresh ? 'token-2' : 'token-1';
      },
    });
    await take(client.changes(PLAN_ID), 1);
    check.deepEqual(tokens, [false, true]);
    check.equal(server.requests[1]?.headers.get('authorization'), 'Bearer token-2');
  },

  async 'changes() raises ValidationError for a change that does not fit the schema (never a half-typed event)'(check) {
    const server = fakeFetch(() => sse([READY, 'event: change\nid: 5\ndata: {"seq":"five"}'], { hold: true }));
    const error = await expectRejection(check, take(clientFor(server.fetch).changes(PLAN_ID), 1), ValidationError);
    check.ok(error.issues.some((issue) => issue.path === 'seq'));
  },

  async 'changes() raises ValidationError, not SyntaxError, for event data that is not JSON'(check) {
    const server = fakeFetch(() => sse([READY, 'event: change\nid: 5\ndata: {not json'], { hold: true }));
    await expectRejection(check, take(clientFor(server.fetch).changes(PLAN_ID), 1), ValidationError);
  },

  async 'changes() ends without an error when its signal aborts, and closes the connection'(check) {
    let cancelled = false;
    const server = fakeFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(`${READY}\n\n`));
            },
            cancel() {
              cancelled = true;
            },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    const controller = new AbortController();
    const statuses: string[] = [];
    const iterator = clientFor(server.fetch).changes(PLAN_ID, {
      signal: controller.signal,
      onStatus: (status) => {
        statuses.push(status);
        if (status === 'open') setTimeout(() => controller.abort(), 0);
      },
    });
    const events = await take(iterator, 1);
    check.deepEqual(events, []);
    // Cancelling travels up the decoder and parser pipes to the body asynchronously.
    for (let tick = 0; tick < 20 && !cancelled; tick++) await new Promise((resolve) => setTimeout(resolve, 5));
    check.ok(cancelled, 'the response body was cancelled');
  },

  async 'changes() with an aborted signal makes no request'(check) {
    const server = fakeFetch(() => sse([READY]));
    const controller = new AbortController();
    controller.abort();
    await take(clientFor(server.fetch).changes(PLAN_ID, { signal: controller.signal }), 1);
    check.equal(server.requests.length, 0);
  },

  async 'changes() refuses a negative `since` before any request'(check) {
    const server = fakeFetch(() => sse([READY]));
    const error = await expectRejection(
      check,
      take(clientFor(server.fetch).changes(PLAN_ID, { since: -1 }), 1),
      ValidationError,
    );
    check.match(error.message, /since/);
    check.equal(server.requests.length, 0);
  },
};

/** Every case, by group: each runner turns a group into a describe block and a case into a test. */
export const clientCases: Record<string, Record<string, Case>> = {
  'client requests': requests,
  'client responses and errors': responses,
  'client retries': retries,
  'client aborts': aborts,
  'client auth': auth,
  'client proactive token refresh': proactiveRefresh,
  'client arguments': argumentsCases,
  'client pagination': pagination,
  'client idempotency keys': idempotencyKeys,
  'client change stream': changeStream,
};
