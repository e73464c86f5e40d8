// The caller's AbortSignal fired. Never retried; `cause` is the signal's reason.
import { PlankitError } from '../../errors/index.js';

export class AbortError extends PlankitError {
  override name = 'AbortError';
  /** The request that was aborted, e.g. `GET /plans`. */
  readonly subject: string;

  constructor(subject: string, options?: { cause?: unknown }) {
    super(`${subject}: aborted`, options);
    this.subject = subject;
  }
}
