// The HTTP error class itself. `HttpError` (http-error.ts) is this same class with its `from` factory
// attached: the factory needs the status subclasses and they need this class, so keeping the two in
// separate files is what lets each subclass live in its own file without an ESM import cycle.
import { PlankitError } from '../../errors/index.js';
import type { Problem } from '../../schemas/index.js';

/** The server answered with an error status; `problem` is its RFC 9457 body (or one synthesised from the status). */
export class HttpErrorBase extends PlankitError {
  override name = 'HttpError';
  /** The request that failed, e.g. `PATCH /tasks/t-12`. */
  readonly subject: string;
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem, subject: string) {
    super(`${subject}: ${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.subject = subject;
    this.status = status;
    this.problem = problem;
  }
}
