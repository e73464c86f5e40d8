// An in-memory task server for the board's tests: GET a plan and its tasks, PATCH a task under If-Match
// (412 with `current` on a stale version). PATCHes can be held and answered later in any order, or failed.
import { createClient, type Plan, type PlankitClient, type Task } from '@plankit/sdk';

export interface HeldPatch {
  readonly taskId: string;
  /** The version sent in If-Match. */
  readonly version: number;
  readonly body: Record<string, unknown>;
  /** Answer as the server would now (200, or 412 if the task changed meanwhile). */
  answer(): void;
  /** Answer with this status and a problem body. */
  fail(status: number): void;
}

export interface FakeTaskApi {
  readonly client: PlankitClient;
  /** The server's tasks. */
  readonly store: Map<string, Task>;
  /** Every PATCH received, in order. */
  readonly patches: { taskId: string; version: number; body: Record<string, unknown> }[];
  /** PATCHes waiting for an answer while `hold` is true. */
  readonly held: HeldPatch[];
  hold: boolean;
  /** Answer the next PATCHes with these statuses (a problem body) instead of applying them. */
  failNext(...statuses: number[]): void;
  /** GET /session requests received. */
  readonly sessionRequests: number;
  /** Change a task on the server as another user would (its version goes up). */
  touch(taskId: string, change: Partial<Task>): void;
}

const json = (status: number, body: unknown, type = 'application/json; charset=utf-8'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number, extra: Record<string, unknown> = {}): Response =>
  json(status, { type: 'about:blank', title: `status ${status}`, status, ...extra }, 'application/problem+json');

export interface FakeTaskApiOptions {
  /** The token's role (or a function giving it now): GET /session answers it, and a viewer's PATCH is a 403. Absent: /session is a 404. */
  readonly role?: 'viewer' | 'editor' | (() => 'viewer' | 'editor');
}

export function fakeTaskApi(plan: Plan, tasks: readonly Task[], options: FakeTaskApiOptions = {}): FakeTaskApi {
  const store = new Map(tasks.map((task) => [task.id, structuredClone(task)]));
  const role = (): 'viewer' | 'editor' | undefined =>
    typeof options.role === 'function' ? options.role() : options.role;
  const failures: number[] = [];
  const api: FakeTaskApi = {
    client: undefined as unknown as PlankitClient,
    store,
    patches: [],
    held: [],
    hold: false,
    sessionRequests: 0,
    failNext: (...statuses) => failures.push(...statuses),
    touch: (taskId, change) => {
      const task = store.get(taskId);
      if (task !== undefined) store.set(taskId, { ...task, ...change, version: task.version + 1 });
    },
  };
  const apply = (taskId: string, version: number, body: Record<string, unknown>): Response => {
    const task = store.get(taskId);
    if (task === undefined) return problem(404);
    if (task.version !== version) return problem(412, { current: task });
    const next: Task = { ...task, ...body, version: task.version + 1 };
    store.set(taskId, next);
    return json(200, next);
  };
  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(request.url).pathname.replace(/^\/api\/v1/, '');
    if (request.method === 'GET') {
      if (path === '/session') {
        (api as { sessionRequests: number }).sessionRequests += 1;
        return role() === undefined ? problem(404) : json(200, { role: role() });
      }
      if (path === `/plans/${plan.id}`) return json(200, plan);
      if (path === `/plans/${plan.id}/tasks`) return json(200, { items: [...store.values()] });
      return problem(404);
    }
    const match = path.match(/^\/tasks\/([^/]+)$/);
    if (request.method !== 'PATCH' || match === null) return problem(405);
    const taskId = decodeURIComponent(match[1] ?? '');
    const version = Number((request.headers.get('if-match') ?? '').replace(/"/g, ''));
    const body = (await request.json()) as Record<string, unknown>;
    api.patches.push({ taskId, version, body });
    if (role() === 'viewer') return problem(403);
    const failure = failures.shift();
    if (failure !== undefined && !api.hold) return problem(failure);
    if (!api.hold) return apply(taskId, version, body);
    return new Promise<Response>((resolve) => {
      api.held.push({
        taskId,
        version,
        body,
        answer: () => resolve(failure === undefined ? apply(taskId, version, body) : problem(failure)),
        fail: (status) => resolve(problem(status)),
      });
    });
  };
  (api as { client: PlankitClient }).client = createClient({
    baseUrl: 'https://plankit.test/api/v1',
    fetch: handler,
    retry: 0,
  });
  return api;
}
