// No response arrived (offline, DNS, connection refused or reset), after the retries ran out.
import { PlankitError } from '../../errors/index.js';

export class NetworkError extends PlankitError {
  override name = 'NetworkError';
  /** The request that failed, e.g. `GET /plans`. */
  readonly subject: string;

  /** `cause` is the platform's own error (fetch's TypeError). */
  constructor(subject: string, options?: { cause?: unknown }) {
    super(`${subject}: the network request failed`, options);
    this.subject = subject;
  }
}
