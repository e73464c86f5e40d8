// No response (or no complete body) within the client's timeout. Never retried: the server may still be working.
import { PlankitError } from '../../errors/index.js';

export class TimeoutError extends PlankitError {
  override name = 'TimeoutError';
  /** The request that failed, e.g. `GET /plans`. */
  readonly subject: string;
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;

  constructor(subject: string, timeout: number) {
    super(`${subject}: no response within ${timeout} ms`);
    this.subject = subject;
    this.timeout = timeout;
  }
}
