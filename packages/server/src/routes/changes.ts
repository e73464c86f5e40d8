// GET /plans/{planId}/changes: server-sent events, one per committed change, resumable by Last-Event-ID or ?since=.
import { streamSSE } from 'hono/streaming';
import type { ChangeReload } from '@plankit/sdk/schemas';
import { ProblemError, PROBLEM_TYPES, notFound } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import type { ChangeFeed } from '../services/change-feed.js';
import { changesSince, latestChangeSeq, oldestChangeSeq } from '../store/changes.js';
import { planExists } from '../store/plans.js';
import type { RouteDeps } from './deps.js';

export interface ChangeStreamOptions {
  feed: ChangeFeed;
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 000 ms. */
  heartbeatMs: number;
  /** How often a stream looks at the log without being woken (writes by another process). Default 1 000 ms. */
  pollMs: number;
  /** Open streams one token may hold; one more is a 429. */
  streamsPerToken: number;
}

/** Changes sent per read of the log; a stream far behind catches up in batches of this size. */
const BATCH = 500;
/** What a client that loses the stream should wait before reconnecting (the SSE `retry` field). */
const RECONNECT_MS = 2_000;

export function changeHandlers({ db }: RouteDeps, options: ChangeStreamOptions): Pick<Handlers, 'streamChanges'> {
  const open = new Map<string, number>();

  return {
    streamChanges: (c, { params: { planId }, query, lastEventId }) => {
      const resumeAfter = lastEventId ?? query.since;
      if (!planExists(db, planId)) throw notFound(`no plan "${planId}"`);
      const principal = c.get('principal');
      const held = open.get(principal) ?? 0;
      if (held >= options.streamsPerToken) {
        throw new ProblemError({
          status: 429,
          type: PROBLEM_TYPES.rateLimited,
          detail: `this token already holds ${held} change streams (at most ${options.streamsPerToken}); close one first`,
          headers: { 'Retry-After': String(RECONNECT_MS / 1000) },
        });
      }
      open.set(principal, held + 1);

      const response = streamSSE(c, async (stream) => {
        let aborted = false;
        stream.onAbort(() => {
          aborted = true;
          options.feed.notify();
        });
        try {
          const latest = latestChangeSeq(db);
          // A new client starts from now; a resuming one from where it was, if the log still reaches back there.
          let since = resumeAfter ?? latest;
          const oldest = oldestChangeSeq(db);
          const lost = since > latest || (since < latest && (oldest === null || since < oldest - 1));
          // The id is the stream's position: a client that loses the stream before any change resumes from here.
          await stream.writeSSE({ event: 'ready', id: String(lost ? latest : since), data: '{}', retry: RECONNECT_MS });
          if (lost) {
            const reload: ChangeReload = { reason: since > latest ? 'unknown-seq' : 'behind-log', resumeFrom: latest };
            await stream.writeSSE({ event: 'reload', id: String(latest), data: JSON.stringify(reload) });
            since = latest;
          }
          let quietSince = Date.now();
          while (!aborted && !options.feed.closed) {
            const batch = changesSince(db, planId, since, BATCH);
            for (const change of batch) {
              await stream.writeSSE({ event: 'change', id: String(change.seq), data: JSON.stringify(change) });
              since = change.seq;
            }
            if (batch.length === BATCH) continue;
            if (batch.length > 0) quietSince = Date.now();
            const untilHeartbeat = quietSince + options.heartbeatMs - Date.now();
            if (untilHeartbeat <= 0) {
              await stream.write(': heartbeat\n\n');
              quietSince = Date.now();
              continue;
            }
            await options.feed.wait(Math.min(options.pollMs, untilHeartbeat));
          }
        } finally {
          const left = (open.get(principal) ?? 1) - 1;
          if (left <= 0) open.delete(principal);
          else open.set(principal, left);
        }
      });
      // Set after streamSSE, which writes its own. The connection ends with the stream, so a closing server is not
      // held up by an idle keep-alive socket; nginx-style proxies must not buffer it.
      response.headers.set('Cache-Control', 'no-store');
      response.headers.set('Connection', 'close');
      response.headers.set('X-Accel-Buffering', 'no');
      return response;
    },
  };
}
