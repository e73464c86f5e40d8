// A successful status whose body is not usable JSON: not JSON at all (an HTML login page), empty or truncated.
import { PlankitError } from '../../errors/index.js';

export class MalformedResponseError extends PlankitError {
  override name = 'MalformedResponseError';
  /** The request whose response was unusable, e.g. `GET /plans`. */
  readonly subject: string;
  readonly status: number | null;
  /** The response's Content-Type, which often says what went wrong (`text/html`). */
  readonly contentType: string | null;

  /** `cause` is the parser's or the stream's own error. */
  constructor(
    subject: string,
    detail: string,
    options: { status?: number | null; contentType?: string | null; cause?: unknown } = {},
  ) {
    super(`${subject}: ${detail}`, 'cause' in options ? { cause: options.cause } : undefined);
    this.subject = subject;
    this.status = options.status ?? null;
    this.contentType = options.contentType ?? null;
  }
}
