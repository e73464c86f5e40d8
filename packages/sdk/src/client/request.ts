// The shared request core: one fetch per attempt under the timeout and the caller's signal, the retries of
// retry-policy.ts, the bearer token and its one refresh on 401, and every failure turned into a PlankitError.
// Resources call `send`; nothing else talks HTTP.
import type * as z from 'zod/mini';
import { parseWithin } from '../errors/parse.js';
import { safeParse } from '../schemas/compile.js';
import { Problem } from '../schemas/index.js';
import { deadline } from './deadline.js';
import {
  AbortError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  UnauthorizedError,
} from './errors/index.js';
import type { PathParams, Route } from './path.js';
import { isIdempotent, retryWait, type RetryPolicy } from './retry-policy.js';
import type { TokenSource } from './token-source.js';

/** What every method accepts last. */
export interface RequestOptions {
  /** Aborting it raises AbortError and stops any retry. */
  signal?: AbortSignal | undefined;
}

export interface ApiCall<T extends string, S extends z.core.$ZodType> {
  route: Route<T>;
  params: PathParams<T>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** `If-Match` or `Idempotency-Key`: either one makes a PATCH or POST safe to retry. */
  headers?: Record<string, string>;
  /** The success body's schema. */
  schema: S;
  /** On 412: the schema of the problem's `current` resource. */
  currentSchema?: z.core.$ZodType;
  signal?: AbortSignal | undefined;
}

export type Send = <T extends string, S extends z.core.$ZodType>(call: ApiCall<T, S>) => Promise<z.output<S>>;

export interface TransportConfig {
  /** Absolute, without a trailing slash. */
  baseUrl: string;
  fetch: typeof fetch;
  timeout: number;
  retry: RetryPolicy;
  headers: Headers;
  tokens: TokenSource;
}

/** A response whose body has been read in full (as '' when an error body could not be). */
interface Exchange {
  response: Response;
  text: string;
}

/** `application/json`, `application/problem+json`, `application/vnd.example+json`: bodies worth parsing as JSON. */
const JSON_MEDIA_TYPE = /\/(?:.*[.+-])?json\s*(?:;|$)/i;

const aborted = (subject: string, signal: AbortSignal) => new AbortError(subject, { cause: signal.reason });

/** Resolves after `ms`, or rejects with AbortError as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined, subject: string): Promise<void> {
  return new Promise((resolve, reject) => {
    deadline(signal, ms, (elapsed) =>
      elapsed ? resolve() : reject(new AbortError(subject, { cause: signal?.reason })),
    );
  });
}

/** `promise`, or AbortError as soon as `signal` fires (getToken may be slow; the caller need not wait). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, subject: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted(subject, signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The error body as a Problem, or one made from the status when the body is not one (an HTML proxy page). */
function problemOf({ response, text }: Exchange): Problem {
  let body: unknown;
  try {
    if (JSON_MEDIA_TYPE.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
  } catch {
    // Not JSON after all: the status speaks for it.
  }
  const parsed = safeParse(Problem, body);
  if (parsed.success) return parsed.data;
  const { status, statusText } = response;
  return { type: 'about:blank', title: statusText || 'HTTP error', status };
}

function malformed(subject: string, response: Response, cause: unknown): MalformedResponseError {
  const { status } = response;
  const contentType = response.headers.get('content-type');
  const detail = `the ${status} response is not valid JSON (${contentType ?? 'no content type'})`;
  return new MalformedResponseError(subject, detail, { status, contentType, cause });
}

export function createSend(config: TransportConfig): Send {
  /**
   * One attempt: fetch, then the whole body, both within the timeout and the caller's signal. Raced as well
   * as aborted, so a fetch or a body stream that ignores its signal cannot outlast them either.
   */
  async function exchange(
    url: URL,
    init: RequestInit,
    signal: AbortSignal | undefined,
    subject: string,
  ): Promise<Exchange> {
    // A controller of its own: the one a timeout aborted must not cancel the retry.
    const controller = new AbortController();
    const request = new Request(url, { ...init, signal: controller.signal });
    let timedOut = false;
    let interrupt!: () => void;
    const interrupted = new Promise<never>((_resolve, reject) => (interrupt = reject));
    // Raced below; this only keeps an interruption after the last race from counting as unhandled.
    interrupted.catch(() => undefined);
    const cancel = deadline(signal, config.timeout, (elapsed) => {
      timedOut = elapsed;
      controller.abort();
      interrupt();
    });
    const within = <T>(promise: Promise<T>) => Promise.race([promise, interrupted]);
    const interruption = () =>
      signal?.aborted ? aborted(subject, signal) : timedOut ? new TimeoutError(subject, config.timeout) : undefined;
    try {
      let response: Response;
      try {
        response = await within(config.fetch(request));
      } catch (error) {
        // fetch() rejects with a TypeError on every network failure, whatever the platform's message.
        throw interruption() ?? (error instanceof TypeError ? new NetworkError(subject, { cause: error }) : error);
      }
      try {
        return { response, text: await within(response.text()) };
      } catch (error) {
        // An error body that cannot be read still has its status to report.
        if (!response.ok) return { response, text: '' };
        throw interruption() ?? malformed(subject, response, error);
      }
    } finally {
      cancel();
    }
  }

  async function attempt<T extends string, S extends z.core.$ZodType>(
    call: ApiCall<T, S>,
    path: string,
    subject: string,
    token: string | undefined,
  ): Promise<z.output<S>> {
    const { route, signal } = call;
    const url = new URL(config.baseUrl + path);
    for (const [name, value] of Object.entries(call.query ?? {}))
      if (value !== undefined) url.searchParams.append(name, String(value));
    const headers = new Headers(config.headers);
    headers.set('accept', 'application/json');
    for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    let body: string | null = null;
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers.set('content-type', 'application/json; charset=utf-8');
    }
    const init = { method: route.method, headers, body };
    const retries = isIdempotent(route.method, headers) ? config.retry.limit : 0;

    for (let retry = 1; ; retry++) {
      let exchanged: Exchange | undefined;
      let failure: unknown;
      try {
        exchanged = await exchange(url, init, signal, subject);
      } catch (error) {
        failure = error;
      }
      if (exchanged?.response.ok) return parseBody(call, exchanged, subject);
      if (exchanged) failure = httpError(call, exchanged, subject);
      if (signal?.aborted) throw aborted(subject, signal);
      const wait = retry <= retries ? retryWait(config.retry, retry, failure, exchanged?.response.headers) : null;
      if (wait === null) throw failure;
      await sleep(wait, signal, subject);
    }
  }

  return async function send<T extends string, S extends z.core.$ZodType>(call: ApiCall<T, S>): Promise<z.output<S>> {
    const path = call.route.path(call.params);
    const subject = `${call.route.method} ${path}`;
    const { signal } = call;
    if (signal?.aborted) throw aborted(subject, signal);
    const { token, generation } = await abortable(config.tokens.current(), signal, subject);
    try {
      return await attempt(call, path, subject, token);
    } catch (error) {
      if (!(error instanceof UnauthorizedError) || !config.tokens.canRefresh) throw error;
      const refreshed = await abortable(config.tokens.refresh(generation), signal, subject);
      // The host has no new token: the 401 stands.
      if (refreshed === undefined) throw error;
      return attempt(call, path, subject, refreshed);
    }
  };
}

/** A success body, parsed and validated: MalformedResponseError when it is not JSON, ValidationError when it does not fit. */
function parseBody<S extends z.core.$ZodType>(
  call: { schema: S },
  { response, text }: Exchange,
  subject: string,
): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw malformed(subject, response, error);
  }
  return parseWithin(call.schema, data, subject, []);
}

/** An error response as the HttpError subclass for its status; a 412's `current` parsed when it fits. */
function httpError(call: { currentSchema?: z.core.$ZodType }, exchanged: Exchange, subject: string): HttpError {
  const { status, headers } = exchanged.response;
  const problem = problemOf(exchanged);
  const current = status === 412 && call.currentSchema ? safeParse(call.currentSchema, problem.current) : undefined;
  return HttpError.from(status, problem, { subject, headers, ...(current?.success ? { current: current.data } : {}) });
}
