// An in-memory server for element tests: a fetch handler over the HTTP contract's shapes, handed to
// createClient({ fetch }) so no global is patched. Records requests and can fail on demand.
import { createClient, type Kpi, type PlankitClient } from '@plankit/sdk';

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly signal: AbortSignal | null;
}

/** Answer the next requests with these instead of the data (status + problem body), in order. */
export type Failure = { status: number } | 'network' | 'hang';

export interface FakeApi {
  readonly client: PlankitClient;
  readonly requests: RecordedRequest[];
  /** Queue failures for the next requests. */
  fail(...failures: Failure[]): void;
}

const json = (status: number, body: unknown, type = 'application/json; charset=utf-8'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number): Response =>
  json(status, { type: 'about:blank', title: `status ${status}`, status }, 'application/problem+json');

export function fakeApi(kpis: readonly Kpi[], planId = 'plan-2020'): FakeApi {
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    requests.push({ method: request.method, url, signal: request.signal });
    const failure = failures.shift();
    if (failure === 'network') throw new TypeError('Failed to fetch');
    if (failure === 'hang') {
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    }
    if (failure !== undefined) return problem(failure.status);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const list = path.match(/^\/plans\/([^/]+)\/kpis$/);
    if (list !== null) return list[1] === planId ? json(200, { items: kpis }) : problem(404);
    const one = path.match(/^\/plans\/([^/]+)\/kpis\/([^/]+)$/);
    if (one !== null) {
      const kpi = kpis.find((item) => item.id === one[2]);
      return one[1] === planId && kpi !== undefined ? json(200, kpi) : problem(404);
    }
    return problem(404);
  };
  const client = createClient({ baseUrl: 'https://plankit.test/api/v1', fetch: handler, retry: 0 });
  return { client, requests, fail: (...next) => failures.push(...next) };
}
