// 412: the If-Match version was stale. `current` lets the caller merge and try again.
import type { Problem } from '../../schemas/index.js';
import { HttpErrorBase } from './http-error-base.js';

export class PreconditionFailedError extends HttpErrorBase {
  override name = 'PreconditionFailedError';
  /**
   * The resource as it is now, from the problem body: a parsed `Task` or `GridItem` when it fits
   * that schema, otherwise the raw value (undefined when the server sent none).
   */
  readonly current: unknown;

  constructor(status: number, problem: Problem, subject: string, current: unknown) {
    super(status, problem, subject);
    this.current = current;
  }
}
