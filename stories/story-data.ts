// The stories' data, from the packages' public exports only (no reach into a package's src/ or test
// helpers): the 2020 plan, the date and plan of the SDK's sample KPIs (import those from @plankit/sdk/fixtures),
// and a client that answers from memory.
import { createClient, type PlankitClient } from '@plankit/sdk';
import { everyStatusKpis, plan2020, sampleKpi, SAMPLE_AS_OF, type generateCounty } from '@plankit/sdk/fixtures';

export { plan2020 };
export const AS_OF = SAMPLE_AS_OF;
/** A KPI with one measurement per month of 2020 from January, in the order given. */
export const buildKpi = sampleKpi;
/** A plan's worth: every category, every status. */
export const everyStatus = everyStatusKpis;

/** How a request of a story's client fails: an HTTP status, no network, or no answer at all. */
export type StoryFailure = { status: number } | 'network' | 'hang';

/** Fail as `failure` says (undefined: go on), as the story clients' first requests do. */
async function failAs(failure: StoryFailure | undefined, request: Request): Promise<Response | undefined> {
  if (failure === undefined) return undefined;
  if (failure === 'network') throw new TypeError('Failed to fetch');
  if (failure === 'hang') {
    return new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  }
  return new Response(
    JSON.stringify({ type: 'about:blank', title: `status ${failure.status}`, status: failure.status }),
    { status: failure.status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/**
 * A client whose fetch answers the KPI routes from memory (the 2020 plan's KPIs), as a real backend would;
 * the first requests fail as given, in order (Retry then loads).
 */
export function storyClient(...failures: StoryFailure[]): PlankitClient {
  const answer = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' },
    });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const failed = await failAs(failures.shift(), request);
    if (failed !== undefined) return failed;
    // /api/v1/plans/{planId}/kpis and /api/v1/plans/{planId}/kpis/{kpiId}
    const [plan, kpis, kpi, ...rest] = new URL(request.url).pathname.replace(/^\/api\/v1\/plans\//, '').split('/');
    const found = kpi === undefined ? { items: plan2020.kpis } : plan2020.kpis.find((item) => item.id === kpi);
    const known = plan === plan2020.plan.id && kpis === 'kpis' && rest.length === 0 && found !== undefined;
    return known ? answer(200, found) : answer(404, { type: 'about:blank', title: 'status 404', status: 404 });
  };
  return createClient({ baseUrl: 'https://plankit.test/api/v1', fetch, retry: 0 });
}

/**
 * A client whose fetch answers the task board's routes from memory (the 2020 plan and its tasks): GET the plan
 * and its tasks, PATCH a task under If-Match (412 with `current` when stale). The first moves fail with the
 * given statuses, so a story can show a refused move rolled back; the first loads (GET) fail as `failLoads` says.
 * `role` is what GET /session answers (a viewer's PATCH is a 403).
 */
export function storyTaskClient(
  failMoves: number[] = [],
  failLoads: StoryFailure[] = [],
  role: 'viewer' | 'editor' = 'editor',
): PlankitClient {
  const tasks = new Map(plan2020.tasks.map((task) => [task.id, structuredClone(task)]));
  const answer = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' },
    });
  const problem = (status: number, extra: Record<string, unknown> = {}) =>
    answer(status, { type: 'about:blank', title: `status ${status}`, status, ...extra });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(request.url).pathname.replace(/^\/api\/v1/, '');
    const planId = plan2020.plan.id;
    if (request.method === 'GET' && path === '/session') return answer(200, { role });
    const failed = request.method === 'GET' ? await failAs(failLoads.shift(), request) : undefined;
    if (failed !== undefined) return failed;
    if (request.method === 'GET' && path === `/plans/${planId}`) return answer(200, plan2020.plan);
    if (request.method === 'GET' && path === `/plans/${planId}/tasks`)
      return answer(200, { items: [...tasks.values()] });
    const patch = /^\/tasks\/([^/]+)$/.exec(path);
    const task = patch === null ? undefined : tasks.get(decodeURIComponent(patch[1] ?? ''));
    if (request.method === 'PATCH' && task !== undefined) {
      const failure = role === 'viewer' ? 403 : failMoves.shift();
      if (failure !== undefined) return problem(failure);
      if (request.headers.get('if-match') !== `"${task.version}"`) return problem(412, { current: task });
      const body = (await request.json()) as Partial<typeof task>;
      const next = { ...task, ...body, version: task.version + 1, updatedAt: new Date().toISOString() };
      tasks.set(task.id, next);
      return answer(200, next);
    }
    return problem(404);
  };
  return createClient({ baseUrl: 'https://plankit.test/api/v1', fetch, retry: 0 });
}

/** A generated county (`generateCounty` of @plankit/sdk/fixtures). */
export type StoryCounty = ReturnType<typeof generateCounty>;

/**
 * A client whose fetch answers the grid map's routes from a generated county: GET /grids and
 * GET /grids/{id}/items. The first requests fail as given, in order (Retry then loads).
 */
export function storyGridClient(county: StoryCounty, ...failures: StoryFailure[]): PlankitClient {
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const failed = await failAs(failures.shift(), request);
    if (failed !== undefined) return failed;
    const path = new URL(request.url).pathname.replace(/^\/api\/v1/, '');
    const items = /^\/grids\/([^/]+)\/items$/.exec(path);
    const body =
      path === '/grids'
        ? county.grids
        : items !== null
          ? { items: county.items.filter((item) => item.gridId === decodeURIComponent(items[1] ?? '')) }
          : undefined;
    return body === undefined
      ? new Response(JSON.stringify({ type: 'about:blank', title: 'status 404', status: 404 }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return createClient({ baseUrl: 'https://plankit.test/api/v1', fetch, retry: 0 });
}
