// createClient(): one typed client of the HTTP contract, everything per client (fetch, token, retries): no global state.
import * as z from 'zod/mini';
import { parseOrThrow, ValidationError } from '../errors/index.js';
import { describeReceived } from '../errors/parse.js';
import { TokenSource, type GetToken } from './auth.js';
import { createTransport, type RequestOptions, type RetryOptions } from './transport.js';
import type { Session } from '../schemas/index.js';
import { createChangeStream, type ChangeStreamEvent, type ChangeStreamOptions } from './resources/changes.js';
import { KpisResource } from './resources/kpis.js';
import { GridsResource } from './resources/grids.js';
import { PlansResource } from './resources/plans.js';
import { RetailersResource } from './resources/retailers.js';
import { createSessionCall } from './resources/session.js';
import { TasksResource } from './resources/tasks.js';

export interface ClientOptions {
  /**
   * Where the contract lives, e.g. `https://intranet.example/api/v1`. In browsers it may be relative
   * (`/api/v1`): it is resolved against `document.baseURI` when the client is created. Elsewhere it must be absolute.
   */
  baseUrl: string;
  /**
   * Called before a request; `{ refresh: true }` once after a 401, or shortly before a `{ token, expiresAt }`
   * it gave expires. Its value is sent only as `Authorization: Bearer …`.
   */
  getToken?: GetToken | undefined;
  /** Defaults to the platform's `fetch`, looked up when the client is created. */
  fetch?: typeof fetch | undefined;
  /** Per attempt, in ms. Default 10 000. */
  timeout?: number | undefined;
  /** Retries of a failed idempotent request: a count (default 2) or RetryOptions. */
  retry?: number | RetryOptions | undefined;
  /** Sent with every request (an `Authorization` from getToken wins over one here). */
  headers?: Record<string, string> | undefined;
}

export interface PlankitClient {
  /** The absolute base URL every path is appended to. */
  readonly baseUrl: string;
  readonly plans: PlansResource;
  readonly kpis: KpisResource;
  readonly tasks: TasksResource;
  readonly grids: GridsResource;
  readonly retailers: RetailersResource;
  /**
   * The token's session: its role (`viewer` or `editor`), so a page offers only the writes the server will
   * accept. A viewer's write is still refused by the server (403).
   */
  session(options?: RequestOptions): Promise<Session>;
  /**
   * The plan's committed changes as they happen (server-sent events), as an async iterator that reconnects
   * and resumes by itself; see ChangeStreamOptions.
   */
  changes(planId: string, options?: ChangeStreamOptions): AsyncGenerator<ChangeStreamEvent, void, undefined>;
}

const SUBJECT = 'createClient(options)';
const nonNegative = z.number().check(z.gte(0));
// Functions and header values are checked by checkCallbacksAndHeaders: z.custom and z.record would add ~0.5 KB
// gzip of zod to every page for two options.
const ClientOptionsShape = z.object({
  baseUrl: z.string().check(z.minLength(1)),
  timeout: z.optional(z.number().check(z.gt(0), z.lte(2_147_483_647))),
  retry: z.optional(
    z.union([
      z.int().check(z.gte(0)),
      z.object({
        limit: z.optional(z.int().check(z.gte(0))),
        backoffLimit: z.optional(nonNegative),
        maxRetryAfter: z.optional(nonNegative),
      }),
    ]),
  ),
  headers: z.optional(z.looseObject({})),
});

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(SUBJECT, [{ path, message }]);
}

/** What the schema leaves out: the function-valued options and the header values (the schema checked the shapes). */
function checkCallbacksAndHeaders({ getToken, fetch, retry, headers }: ClientOptions): void {
  const callbacks: Array<[string, unknown]> = [
    ['getToken', getToken],
    ['fetch', fetch],
    ['retry.delay', typeof retry === 'object' ? retry.delay : undefined],
  ];
  for (const [path, value] of callbacks)
    if (value !== undefined && typeof value !== 'function')
      throw invalid(path, `expected a function, received ${describeReceived(value)}`);
  // A Map, Headers, Date… passes the object check with none of its entries read (tested by tag, not by
  // prototype, so a plain object from another frame is still accepted).
  if (headers !== undefined && Object.prototype.toString.call(headers) !== '[object Object]')
    throw invalid('headers', 'expected a plain object of header names and values');
  for (const [name, value] of Object.entries(headers ?? {}))
    if (typeof value !== 'string')
      throw invalid(`headers.${name}`, `expected a string, received ${describeReceived(value)}`);
}

/** `baseUrl` made absolute, without a trailing slash. */
function resolveBaseUrl(baseUrl: string): string {
  const documentBase = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let url: URL;
  try {
    url = new URL(baseUrl, documentBase);
  } catch {
    throw invalid(
      'baseUrl',
      documentBase === undefined
        ? 'expected an absolute URL such as https://host/api/v1 (a relative one needs a browser page to resolve against)'
        : 'expected a URL',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid('baseUrl', 'expected an http: or https: URL');
  // fetch refuses URLs with credentials; a query or fragment would end up before every path.
  if (url.username || url.password) throw invalid('baseUrl', 'must not contain credentials: use getToken');
  if (url.search || url.hash) throw invalid('baseUrl', 'must not contain a query or fragment');
  return url.href.replace(/\/+$/, '');
}

export function createClient(options: ClientOptions): PlankitClient {
  parseOrThrow(ClientOptionsShape, options, SUBJECT);
  checkCallbacksAndHeaders(options);
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const platformFetch = options.fetch ?? globalThis.fetch;
  if (typeof platformFetch !== 'function') throw invalid('fetch', 'this platform has no fetch: pass one');
  let headers: Headers;
  try {
    headers = new Headers(options.headers);
  } catch {
    throw invalid('headers', 'expected valid HTTP header names and values');
  }
  const { send, open } = createTransport({
    baseUrl,
    fetch: platformFetch,
    timeout: options.timeout ?? 10_000,
    retry: typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {}),
    headers,
    tokens: new TokenSource(options.getToken),
  });
  return {
    baseUrl,
    plans: new PlansResource(send),
    kpis: new KpisResource(send),
    tasks: new TasksResource(send),
    grids: new GridsResource(send),
    retailers: new RetailersResource(send),
    session: createSessionCall(send),
    changes: createChangeStream(open),
  };
}
