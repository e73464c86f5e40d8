// Data that does not fit a schema: from a caller's argument or from a server response.
import { PlankitError } from './plankit-error.js';

export interface ValidationIssue {
  /** Where the value was wrong, as a dotted path (`rule.tolerance`, `features.3.geometry`); '' for the root. */
  path: string;
  /** What was wrong, in plain English. */
  message: string;
}

export class ValidationError extends PlankitError {
  override name = 'ValidationError';
  /** What was being validated, e.g. `evaluateKpi(kpi)` or `GET /plans/2020/kpis`. */
  readonly subject: string;
  readonly issues: readonly ValidationIssue[];
  /** The first failing path: the one the message names. */
  readonly path: string;

  constructor(subject: string, issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    const first = issues[0] ?? { path: '', message: 'invalid value' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${subject}: ${first.path || '(root)'}: ${first.message}${more}`, options);
    this.subject = subject;
    this.issues = issues;
    this.path = first.path;
  }
}
