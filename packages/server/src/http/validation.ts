// The contract's 400 for input that does not fit its schema: field errors built from zod's structured issues.
import { parseOrThrow, ValidationError, type ValidationIssue } from '@plankit/sdk';
import type { ProblemFieldError } from '@plankit/sdk/schemas';
import { ProblemError, PROBLEM_TYPES } from './problem.js';

/** What `parseOrThrow` accepts: any zod/mini schema, typed through its first parameter. */
type Schema = Parameters<typeof parseOrThrow>[0];
type Output<S extends Schema> = ReturnType<typeof parseOrThrow<S>>;

/**
 * Turn the SDK's issues into the contract's field errors under `prefix` (`body`, `query`,
 * `params.taskId`). Unknown fields of strict schemas are reported at the field's own path
 * (`body.colour`), which is what a form would highlight.
 */
export function toFieldErrors(prefix: string, issues: readonly ValidationIssue[]): ProblemFieldError[] {
  return issues.flatMap((issue): ProblemFieldError[] => {
    const path = issue.path === '' ? prefix : `${prefix}.${issue.path}`;
    // From zod's structured issue (its code and keys), never by reading its English message.
    if (issue.code === 'unrecognized_keys' && issue.keys !== undefined && issue.keys.length > 0)
      return issue.keys.map((key) => ({ path: `${path}.${key}`, message: 'unknown field' }));
    return [{ path, message: issue.message }];
  });
}

export function validationProblem(prefix: string, error: ValidationError): ProblemError {
  const errors = toFieldErrors(prefix, error.issues);
  const first = errors[0] ?? { path: prefix, message: 'invalid value' };
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new ProblemError({
    status: 400,
    type: PROBLEM_TYPES.invalidInput,
    detail: `${first.path}: ${first.message}${more}`,
    errors,
  });
}

/** Parse `value` with `schema`; a failure is a 400 naming paths under `prefix`. */
export function validate<S extends Schema>(schema: S, value: unknown, prefix: string): Output<S> {
  try {
    return parseOrThrow(schema, value, prefix);
  } catch (error) {
    if (error instanceof ValidationError) throw validationProblem(prefix, error);
    throw error;
  }
}
