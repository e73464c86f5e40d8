// Data that does not fit a schema: from a caller's argument or from a server response.
import { PlankitError } from './plankit-error.js';

/** The kind of a value, as an issue names it: `string`, `number`, `boolean`, `null`, `array`, `object`, `undefined`… */
export type ValueKind = string;

/**
 * One thing that was wrong, structured so a UI can word it in its own language (the elements do, in zh-CN
 * and English); `message` is the SDK's English sentence for logs.
 */
export interface ValidationIssue {
  /** Where the value was wrong, as a dotted path (`rule.tolerance`, `features.3.geometry`); '' for the root. */
  path: string;
  /** What was wrong, in plain English. */
  message: string;
  /**
   * zod's issue code: `invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value`,
   * `unrecognized_keys`, `invalid_union`, `not_multiple_of`, `custom`… (absent on issues made by hand).
   */
  code?: string | undefined;
  /** `invalid_type`: the kind expected (`string`, `number`, `int`, `object`, `array`…). */
  expected?: ValueKind | undefined;
  /** The kind of value received, when zod reported the input (`number` for 42). Never the value itself. */
  received?: ValueKind | undefined;
  /** `too_small` / `too_big`: the bound, what it bounds (`number`, `string` length, `array` items) and whether it is included. */
  bound?: { limit: number; origin: string; inclusive: boolean } | undefined;
  /** `invalid_value`: the allowed values. */
  values?: readonly unknown[] | undefined;
  /** `invalid_format`: the format (`regex`, `date`, `datetime`…). */
  format?: string | undefined;
  /** `unrecognized_keys`: the unknown field names. */
  keys?: readonly string[] | undefined;
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
