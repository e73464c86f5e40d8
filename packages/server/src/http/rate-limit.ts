// A fixed-window rate limit per caller: enough to protect the demo server and to exercise clients' 429 handling.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ProblemError, PROBLEM_TYPES } from './problem.js';

const WINDOW_MS = 60_000;

export function rateLimit(perMinute: number, now: () => Date): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const time = now().getTime();
    const key = c.get('principal');
    let window = windows.get(key);
    if (window === undefined || time - window.start >= WINDOW_MS) {
      // Forget finished windows now and then so the map stays as small as the set of active callers.
      if (windows.size > 10_000) for (const [k, w] of windows) if (time - w.start >= WINDOW_MS) windows.delete(k);
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - time) / 1000));
      throw new ProblemError({
        status: 429,
        type: PROBLEM_TYPES.rateLimited,
        detail: `more than ${perMinute} requests in a minute; retry after ${retryAfter} s`,
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    return next();
  };
}
