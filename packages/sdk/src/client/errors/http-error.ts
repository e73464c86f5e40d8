// HttpError: the base of every HTTP error status, and `HttpError.from`, which picks the subclass for a status
// (the way openai-node's APIError.generate does).
import type { Problem } from '../../schemas/index.js';
import { ConflictError } from './conflict-error.js';
import { ForbiddenError } from './forbidden-error.js';
import { HttpErrorBase } from './http-error-base.js';
import { NotFoundError } from './not-found-error.js';
import { PreconditionFailedError } from './precondition-failed-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { ServerError } from './server-error.js';
import { UnauthorizedError } from './unauthorized-error.js';

/**
 * Seconds to wait from `Retry-After` (delay-seconds or an HTTP-date); null when absent or unreadable. ky reads
 * the header for its own waits but does not expose the value, which RateLimitError.retryAfter reports.
 */
export function retryAfterSeconds(headers: Headers | undefined, now: number = Date.now()): number | null {
  const value = headers?.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export interface HttpErrorContext {
  /** The request that failed, e.g. `GET /plans/2020`. */
  subject: string;
  /** The response headers: `Retry-After` becomes RateLimitError.retryAfter. */
  headers?: Headers | undefined;
  /** For 412: the current resource already parsed with its schema; defaults to `problem.current`. */
  current?: unknown;
}

function from(status: number, problem: Problem, context: HttpErrorContext): HttpErrorBase {
  const { subject } = context;
  switch (status) {
    case 401:
      return new UnauthorizedError(status, problem, subject);
    case 403:
      return new ForbiddenError(status, problem, subject);
    case 404:
      return new NotFoundError(status, problem, subject);
    case 409:
      return new ConflictError(status, problem, subject);
    case 412:
      return new PreconditionFailedError(
        status,
        problem,
        subject,
        'current' in context ? context.current : problem.current,
      );
    case 429:
      return new RateLimitError(status, problem, subject, retryAfterSeconds(context.headers));
  }
  return status >= 500 ? new ServerError(status, problem, subject) : new HttpErrorBase(status, problem, subject);
}

/** Any error status. `HttpError.from(status, problem, context)` builds the right subclass. */
export const HttpError: typeof HttpErrorBase & { from: typeof from } = Object.assign(HttpErrorBase, { from });
export type HttpError = HttpErrorBase;
