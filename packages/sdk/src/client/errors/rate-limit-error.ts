// 429 after the retries ran out (or when Retry-After asked for longer than the client will wait).
import type { Problem } from '../../schemas/index.js';
import { HttpErrorBase } from './http-error-base.js';

export class RateLimitError extends HttpErrorBase {
  override name = 'RateLimitError';
  /** Seconds the server asked to wait (`Retry-After`), or null when it did not say. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem, subject: string, retryAfter: number | null) {
    super(status, problem, subject);
    this.retryAfter = retryAfter;
  }
}
