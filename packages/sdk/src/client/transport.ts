// The transport: ky does the HTTP (retries with backoff and Retry-After, the per-attempt timeout, aborts, the
// hooks, `.json(schema)` validation through Standard Schema). This file only configures it per call (which
// writes may be retried, the bearer token, the one refresh on 401) and turns whatever it raises into the
// SDK's typed errors. Resources call `send`; nothing else talks HTTP.
import ky, {
  isHTTPError,
  isNetworkError,
  isTimeoutError,
  NetworkError as KyNetworkError,
  SchemaValidationError,
  type HTTPError as KyHTTPError,
  type Options,
  type StandardSchemaV1,
} from 'ky';
import * as z from 'zod/mini';
import { PlankitError, toValidationIssues, ValidationError } from '../errors/index.js';
import { safeParseReporting } from '../errors/parse.js';
import { Problem } from '../schemas/index.js';
import type { AuthState, TokenSource } from './auth.js';
import {
  AbortError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  UnauthorizedError,
} from './errors/index.js';
import { retryAfterSeconds } from './errors/http-error.js';
import type { PathParams, Route } from './path.js';

/** What every method accepts last. */
export interface RequestOptions {
  /** Aborting it raises AbortError and stops any retry. */
  signal?: AbortSignal | undefined;
}

export interface ApiCall<T extends string, S extends z.core.$ZodType> {
  /** The route; its success body is validated with its `response` schema, a 412's `current` with its `current`. */
  route: Route<T, S>;
  params: PathParams<T>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** `If-Match` or `Idempotency-Key`: either one makes a PATCH or POST safe to retry. */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

export type Send = <T extends string, S extends z.core.$ZodType>(call: ApiCall<T, S>) => Promise<z.output<S>>;

/** A request whose response body is read as a stream (server-sent events), not parsed as JSON. */
export interface StreamCall<T extends string> {
  route: Route<T>;
  params: PathParams<T>;
  headers?: Record<string, string>;
  /** Aborting it ends the request and the body. */
  signal: AbortSignal;
  /** The media type asked for. */
  accept: string;
}

/**
 * Opens a streaming response: the token and its one refresh on 401 as for `send`, errors typed the same way,
 * no retry (the caller reconnects on its own terms) and the timeout on the headers only, never on the body.
 */
export type Open = <T extends string>(call: StreamCall<T>) => Promise<Response>;

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number | undefined;
  /** Longest backoff between attempts, in ms. Default 10 000. */
  backoffLimit?: number | undefined;
  /** Backoff before retry number `attempt` (1, 2, …), in ms. Default 300 · 2^(attempt−1) (ky's). */
  delay?: ((attempt: number) => number) | undefined;
  /**
   * Longest `Retry-After` the client waits, in ms. Default 30 000. A longer one is not waited for:
   * the error (e.g. RateLimitError with `retryAfter`) is raised at once, so a page never hangs on it.
   */
  maxRetryAfter?: number | undefined;
}

export interface TransportConfig {
  /** Absolute, without a trailing slash. */
  baseUrl: string;
  fetch: typeof fetch;
  timeout: number;
  retry: RetryOptions;
  headers: Headers;
  tokens: TokenSource;
}

/** 408, 429 and every 5xx: the statuses worth another attempt (API.md). ky's default list lacks 501, 505–599. */
const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

const aborted = (subject: string, signal: AbortSignal) => new AbortError(subject, { cause: signal.reason });

/** Whether repeating the request cannot do the work twice: PUT by definition, PATCH and POST by their headers. */
function isIdempotent(method: string, headers: Record<string, string>): boolean {
  if (method === 'GET' || method === 'PUT') return true;
  const wanted = method === 'PATCH' ? 'if-match' : method === 'POST' ? 'idempotency-key' : '';
  return Object.keys(headers).some((name) => name.toLowerCase() === wanted);
}

/**
 * The platform's fetch, made to honour the request's signal (a fetch that ignores it cannot outlast a timeout
 * or an abort) and to report every network failure as ky's NetworkError: fetch rejects with a TypeError
 * whatever the platform's message, and ky only recognises the messages it knows.
 */
function honestFetch(platformFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const { signal } = input as Request;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      // Called through globalThis so a platform fetch is never invoked with a foreign `this` ("Illegal invocation").
      platformFetch
        .call(globalThis, input, init)
        .then(resolve, (error: unknown) =>
          reject(
            !signal.aborted && error instanceof TypeError
              ? new KyNetworkError(input as Request, { cause: error })
              : error,
          ),
        )
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}

/**
 * `schema` as a Standard Schema for `.json(schema)` whose issues carry the input, so a ValidationError can say
 * what it received (zod's own `~standard` leaves the input out).
 */
function standard<S extends z.core.$ZodType>(schema: S): StandardSchemaV1<unknown, z.output<S>> {
  return {
    '~standard': {
      version: 1,
      vendor: 'plankit',
      validate: (value) => {
        const result = safeParseReporting(schema, value);
        return result.success ? { value: result.data } : { issues: result.error.issues };
      },
    },
  };
}

/** `promise`, or AbortError as soon as `signal` fires: immediate even where ky cannot link signals (no AbortSignal.any). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, subject: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      signal.removeEventListener('abort', onAbort);
      reject(aborted(subject, signal));
    };
    signal.addEventListener('abort', onAbort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function malformed(subject: string, response: Response, cause: unknown): MalformedResponseError {
  const { status } = response;
  const contentType = response.headers.get('content-type');
  const detail = `the ${status} response is not valid JSON (${contentType ?? 'no content type'})`;
  return new MalformedResponseError(subject, detail, { status, contentType, cause });
}

/** An error response as the HttpError subclass for its status; a 412's `current` parsed when it fits. */
function httpError(current: z.core.$ZodType | undefined, error: KyHTTPError, subject: string): HttpError {
  const { status, statusText, headers } = error.response;
  // ky has read the body: parsed when it was JSON, the text otherwise, undefined when unreadable.
  const parsed = z.safeParse(Problem, error.data);
  const problem = parsed.success ? parsed.data : { type: 'about:blank', title: statusText || 'HTTP error', status };
  const parsedCurrent = status === 412 && current ? z.safeParse(current, problem.current) : undefined;
  return HttpError.from(status, problem, {
    subject,
    headers,
    ...(parsedCurrent?.success ? { current: parsedCurrent.data } : {}),
  });
}

export function createTransport(config: TransportConfig): { send: Send; open: Open } {
  const { tokens, retry } = config;
  const maxRetryAfter = retry.maxRetryAfter ?? 30_000;
  // Options every call shares, spread into each call's options: ky() with whole options is cheaper than a
  // ky.create() instance, whose defaults ky deep-merges into every call.
  const shared = {
    fetch: honestFetch(config.fetch),
    timeout: config.timeout,
    // Set, so an empty body is a parse error like any other malformed one (ky would hand `undefined` to the schema).
    parseJson: (text: string) => JSON.parse(text) as unknown,
    hooks: {
      beforeRequest: [
        async ({ request, options }) => {
          const auth = (options.context as { auth?: AuthState }).auth ?? {};
          const token = auth.token ?? (await tokens.current(auth));
          if (token !== undefined) request.headers.set('authorization', `Bearer ${token}`);
        },
      ],
    },
  } satisfies Options;
  const clientHeaders = Object.fromEntries(config.headers);

  /** Whatever ky (or a hook) raised, as a PlankitError. `pending` is ky's response promise, to tell body failures apart. */
  async function typed(
    error: unknown,
    pending: Promise<Response>,
    call: { signal?: AbortSignal | undefined; route: { current?: z.core.$ZodType | undefined } },
    subject: string,
  ): Promise<unknown> {
    const { signal } = call;
    if (signal?.aborted) return aborted(subject, signal);
    if (error instanceof PlankitError) return error;
    if (isHTTPError(error)) return httpError(call.route.current, error, subject);
    if (isTimeoutError(error)) return new TimeoutError(subject, config.timeout);
    if (error instanceof SchemaValidationError)
      return new ValidationError(subject, toValidationIssues(error.issues as readonly z.core.$ZodIssue[]));
    // A response arrived, so the failure was in its body: not JSON (SyntaxError), or cut off (ky wraps the
    // stream's TypeError in its NetworkError when it knows the message).
    const response = await pending.then(
      (value) => value,
      () => undefined,
    );
    if (response) return malformed(subject, response, isNetworkError(error) ? error.cause : error);
    if (isNetworkError(error)) return new NetworkError(subject, { cause: error.cause });
    return error;
  }

  async function attempt<T extends string, S extends z.core.$ZodType>(
    call: ApiCall<T, S>,
    path: string,
    subject: string,
    auth: AuthState,
  ): Promise<z.output<S>> {
    const method = call.route.method;
    const headers: Record<string, string> = { ...clientHeaders, accept: 'application/json', ...call.headers };
    const options: Options = {
      ...shared,
      method,
      headers,
      searchParams: call.query ?? {},
      signal: call.signal,
      context: { auth },
      retry: {
        limit: isIdempotent(method, headers) ? (retry.limit ?? 2) : 0,
        methods: [method.toLowerCase()],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        backoffLimit: retry.backoffLimit ?? 10_000,
        ...(retry.delay ? { delay: retry.delay } : {}),
        // A Retry-After beyond the cap is not waited for (ky would wait the cap, then retry): the error is raised.
        shouldRetry: ({ error }) => {
          if (!isHTTPError(error) || (error.response.status !== 429 && error.response.status !== 503)) return undefined;
          const after = retryAfterSeconds(error.response.headers);
          return after !== null && after * 1000 > maxRetryAfter ? false : undefined;
        },
      },
    };
    if (call.body !== undefined) {
      options.json = call.body;
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    const pending = ky(new URL(config.baseUrl + path), options);
    try {
      return await pending.json(standard(call.route.response));
    } catch (error) {
      throw await typed(error, pending, call, subject);
    }
  }

  /** Runs `request` with the token; after a 401, once more with a refreshed token (when the host gives one). */
  async function withAuth<R>(request: (auth: AuthState) => Promise<R>, signal: AbortSignal | undefined): Promise<R> {
    const auth: AuthState = {};
    try {
      return await request(auth);
    } catch (error) {
      if (!(error instanceof UnauthorizedError) || !tokens.canRefresh) throw error;
      const refreshed = await tokens.refresh(auth.generation);
      // The host has no new token: the 401 stands.
      if (refreshed === undefined || signal?.aborted) throw error;
      return request({ token: refreshed });
    }
  }

  /**
   * One call: the path filled in and checked, an already aborted signal refused, the token (and its one refresh
   * after a 401), and AbortError as soon as the signal fires.
   */
  function run<R>(
    call: { route: Route<string>; params: PathParams<string>; signal?: AbortSignal | undefined },
    request: (path: string, subject: string, auth: AuthState) => Promise<R>,
  ): Promise<R> {
    let path: string;
    try {
      path = call.route.path(call.params);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const subject = `${call.route.method} ${path}`;
    const { signal } = call;
    if (signal?.aborted) return Promise.reject(aborted(subject, signal));
    return abortable(
      withAuth((auth) => request(path, subject, auth), signal),
      signal,
      subject,
    );
  }

  const open: Open = (call) =>
    run(call, async (path, subject, auth) => {
      const { signal } = call;
      // The timeout covers the wait for the headers; the body of a stream has no end to wait for.
      const headersArrived = new AbortController();
      const timer = setTimeout(() => headersArrived.abort(), config.timeout);
      // The request's signal stays linked to the caller's while the body streams.
      signal.addEventListener('abort', () => headersArrived.abort(), { once: true });
      const options: Options = {
        ...shared,
        method: call.route.method,
        headers: { ...clientHeaders, accept: call.accept, ...call.headers },
        signal: headersArrived.signal,
        context: { auth },
        timeout: false,
        retry: { limit: 0 },
      };
      const pending = ky(new URL(config.baseUrl + path), options);
      try {
        return await pending;
      } catch (error) {
        if (headersArrived.signal.aborted && !signal.aborted) throw new TimeoutError(subject, config.timeout);
        throw await typed(error, pending, { signal, route: call.route }, subject);
      } finally {
        clearTimeout(timer);
      }
    });

  const send: Send = (call) => run(call, (path, subject, auth) => attempt(call, path, subject, auth));

  return { send, open };
}
