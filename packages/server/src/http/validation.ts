// Validates path parameters, query strings and bodies with the SDK's own schemas; failures become 400s.
import { parseOrThrow, ValidationError, type ValidationIssue } from '@plankit/sdk';
import type { ProblemFieldError } from '@plankit/sdk/schemas';
import { ProblemError, PROBLEM_TYPES, invalidInput } from './problem.js';

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

/** How to read a query parameter before validation: query strings carry only text. */
export type Coercion = 'string' | 'number' | 'boolean';

/**
 * The query string as an object, each named parameter coerced: numbers only when the text is a
 * plain decimal (so "12abc" still fails validation as a string, with a clear message), booleans
 * only from `true`/`false`. A parameter given twice is a 400; unknown ones are left for a
 * strict schema to reject.
 */
export function readQuery(url: string, coercions: Readonly<Record<string, Coercion>>): Record<string, unknown> {
  const params = new URL(url).searchParams;
  const query: Record<string, unknown> = {};
  for (const [name, text] of params) {
    if (Object.hasOwn(query, name)) throw invalidInput(`query.${name}`, 'given more than once');
    switch (coercions[name] ?? 'string') {
      case 'number':
        query[name] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
        break;
      case 'boolean':
        query[name] = text === 'true' ? true : text === 'false' ? false : text;
        break;
      case 'string':
        query[name] = text;
        break;
    }
  }
  return query;
}

/** For endpoints whose query has no SDK object schema: refuse names outside `allowed`. */
export function rejectUnknownQuery(query: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return;
  const errors = unknown.map((name) => ({ path: `query.${name}`, message: 'unknown field' }));
  throw new ProblemError({
    status: 400,
    type: PROBLEM_TYPES.invalidInput,
    detail: `query.${unknown[0] ?? ''}: unknown field${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}`,
    errors,
  });
}
