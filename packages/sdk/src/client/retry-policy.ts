// When a failed attempt is tried again (API.md): reads on network errors, 408, 429 and 5xx; writes only when
// idempotent; Retry-After honoured up to a cap; timeouts and aborts never.
import { HttpError, NetworkError } from './errors/index.js';
import { retryAfterSeconds } from './retry-after.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number | undefined;
  /** Longest backoff between attempts, in ms. Default 10 000. */
  backoffLimit?: number | undefined;
  /** Backoff before retry number `attempt` (1, 2, …), in ms. Default 300 · 2^(attempt−1). */
  delay?: ((attempt: number) => number) | undefined;
  /**
   * Longest `Retry-After` the client waits, in ms. Default 30 000. A longer one is not waited for:
   * the error (e.g. RateLimitError with `retryAfter`) is raised at once, so a page never hangs on it.
   */
  maxRetryAfter?: number | undefined;
}

export interface RetryPolicy {
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
  delay: ((attempt: number) => number) | undefined;
}

export function retryPolicy(retry: number | RetryOptions | undefined): RetryPolicy {
  const options = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit: options.limit ?? 2,
    backoffLimit: options.backoffLimit ?? 10_000,
    maxRetryAfter: options.maxRetryAfter ?? 30_000,
    delay: options.delay,
  };
}

/** Whether repeating the request cannot do the work twice: PUT by definition, PATCH and POST by their headers. */
export function isIdempotent(method: string, headers: Headers): boolean {
  return (
    method === 'GET' ||
    method === 'HEAD' ||
    method === 'PUT' ||
    headers.has(method === 'PATCH' ? 'if-match' : 'idempotency-key')
  );
}

/**
 * The wait in ms before retry number `attempt` (1, 2, …) of an idempotent request that failed with `error`,
 * or null when it must not be retried. `headers` are the failed response's, for Retry-After.
 */
export function retryWait(
  policy: RetryPolicy,
  attempt: number,
  error: unknown,
  headers: Headers | undefined,
): number | null {
  if (attempt > policy.limit) return null;
  if (error instanceof HttpError) {
    const { status } = error;
    if (status !== 408 && status !== 429 && status < 500) return null;
    // Only 429 and 503 carry a Retry-After meant for this request; an unreadable one falls back to the backoff.
    const after = status === 429 || status === 503 ? retryAfterSeconds(headers) : null;
    if (after !== null) return after * 1000 > policy.maxRetryAfter ? null : after * 1000;
  } else if (!(error instanceof NetworkError)) return null;
  return Math.min(policy.backoffLimit, policy.delay ? policy.delay(attempt) : 300 * 2 ** (attempt - 1));
}
