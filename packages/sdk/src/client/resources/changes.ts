// `client.changes(planId)`: the plan's committed changes as they happen, from the server-sent change stream.
// The stream is read with fetch through ky (the browser's EventSource cannot send an Authorization header) and
// parsed by eventsource-parser; reconnecting, resuming from the last id and the backoff are kept here.
// The parser is imported on first use: a page that never streams does not load it (about 2 KB gzip).
import type * as z from 'zod/mini';
import { parseOrThrow, ValidationError } from '../../errors/index.js';
import { streamChanges as streamChangesRoute } from '../../contract/routes.js';
import { Change, ChangeReload } from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { HttpError, MalformedResponseError, NetworkError, TimeoutError } from '../errors/index.js';
import { route } from '../path.js';
import type { Open } from '../transport.js';

const streamChanges = route(streamChangesRoute);

/** What the change stream yields: a committed change, or word that changes were missed and data must be reloaded. */
export type ChangeStreamEvent = { type: 'change'; change: Change } | { type: 'reload'; reload: ChangeReload };

/**
 * Where the stream stands: `connecting` (the first connection), `open` (the server answered; changes flow),
 * `reconnecting` (the connection was lost or refused for a while; retrying with backoff).
 */
export type ChangeStreamStatus = 'connecting' | 'open' | 'reconnecting';

export interface ChangeStreamOptions {
  /** Resume after this sequence number (a change's `seq`); without it, the stream starts from now. */
  since?: number | undefined;
  /** Aborting it ends the iteration (without an error) and closes the connection. */
  signal?: AbortSignal | undefined;
  /** Told each time the stream's status changes, e.g. to show "reconnecting…". */
  onStatus?: ((status: ChangeStreamStatus) => void) | undefined;
  /**
   * The wait before reconnection attempt `attempt` (1, 2, …) in ms. Default: 1 s doubling to 30 s, with
   * ±20 % jitter so a restarted server is not met by every page at once.
   */
  reconnectDelay?: ((attempt: number) => number) | undefined;
}

const defaultDelay = (attempt: number): number =>
  Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);

/** Network failures, timeouts, 408, 429 and 5xx: worth a reconnect. */
const isTransient = (error: unknown): boolean =>
  error instanceof HttpError
    ? error.status >= 500 || error.status === 408 || error.status === 429
    : error instanceof NetworkError || error instanceof TimeoutError || error instanceof MalformedResponseError;

/** One event's `data`, validated: a ValidationError (never a SyntaxError) when it is not what the contract says. */
function parseEvent<S extends z.core.$ZodType>(schema: S, data: string, subject: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new ValidationError(subject, [{ path: '', message: 'the event data is not JSON', code: 'invalid_type' }]);
  }
  return parseOrThrow(schema, value, subject);
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * The plan's changes as an async iterator: `for await (const event of client.changes(planId, { signal }))`.
 * Each change is validated; after a lost connection it reconnects with backoff and resumes after the last
 * change it yielded, so none is missed or repeated (the server says `reload` when it cannot resume). It ends
 * when `signal` aborts or the loop breaks, and throws only what retrying cannot fix (401 after a refresh, 403,
 * 404, a change that does not fit the schema).
 */
export function createChangeStream(open: Open) {
  return async function* changes(
    planId: string,
    options: ChangeStreamOptions = {},
  ): AsyncGenerator<ChangeStreamEvent, void, undefined> {
    const checked = checkArgument(streamChangesRoute.query, { since: options.since }, streamChanges.subject, 'options');
    const stop = new AbortController();
    const outer = options.signal;
    const onOuterAbort = () => stop.abort(outer?.reason);
    if (outer?.aborted) return;
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const delay = options.reconnectDelay ?? defaultDelay;
    let lastSeq = checked.since;
    let failures = 0;
    let status: ChangeStreamStatus | undefined;
    const report = (next: ChangeStreamStatus) => {
      if (next === status) return;
      status = next;
      options.onStatus?.(next);
    };
    try {
      const { EventSourceParserStream } = await import('eventsource-parser/stream');
      while (!stop.signal.aborted) {
        report(failures === 0 && lastSeq === checked.since ? 'connecting' : 'reconnecting');
        let response: Response;
        try {
          response = await open({
            route: streamChanges,
            params: { planId },
            headers: lastSeq === undefined ? {} : { 'last-event-id': String(lastSeq) },
            signal: stop.signal,
            accept: 'text/event-stream',
          });
        } catch (error) {
          if (stop.signal.aborted) return;
          // What retrying cannot change (401 after the one refresh, 403, 404, 400) is the caller's to see.
          if (!isTransient(error)) throw error;
          failures++;
          report('reconnecting');
          await sleep(delay(failures), stop.signal);
          continue;
        }
        const body = response.body;
        if (body === null) throw new TypeError(`${streamChanges.subject}: the response has no body`);
        const reader = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
        // Not every fetch ends the body when its signal aborts (a test double, an instrumented fetch): cancel it.
        const cancel = () => void reader.cancel().catch(() => undefined);
        stop.signal.addEventListener('abort', cancel, { once: true });
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (value.event === 'ready') {
              // Its id is the stream's position: resuming from there misses nothing, even before any change.
              if (value.id !== undefined && /^\d+$/.test(value.id)) lastSeq = Number(value.id);
              failures = 0;
              report('open');
            } else if (value.event === 'change') {
              const change = parseEvent(Change, value.data, `${streamChanges.subject} (change)`);
              lastSeq = change.seq;
              yield { type: 'change', change };
            } else if (value.event === 'reload') {
              const reload = parseEvent(ChangeReload, value.data, `${streamChanges.subject} (reload)`);
              lastSeq = reload.resumeFrom;
              yield { type: 'reload', reload };
            }
          }
        } catch (error) {
          if (stop.signal.aborted) return;
          // A stream cut off mid-way is a lost connection; anything else (bad data) is the caller's to see.
          if (!(error instanceof TypeError) && !isTransient(error)) throw error;
        } finally {
          stop.signal.removeEventListener('abort', cancel);
          cancel();
        }
        if (stop.signal.aborted) return;
        // The server ended the stream (it is restarting) or the connection dropped: come back after a pause.
        failures++;
        report('reconnecting');
        await sleep(delay(failures), stop.signal);
      }
    } finally {
      outer?.removeEventListener('abort', onOuterAbort);
      // A loop that breaks early lands here too: close the connection.
      stop.abort();
    }
  };
}
