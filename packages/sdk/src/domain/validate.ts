// Argument checks shared by the domain functions: every failure is a ValidationError naming the function and the argument's path.
import * as z from 'zod/mini';
import { ValidationError, toValidationIssues } from '../errors/index.js';

/**
 * Parse one argument with a schema. Unlike `parseOrThrow`, the issue paths start
 * with the argument's name (`kpi.rule.tolerance`, `asOf`), so a caller passing
 * several arguments learns which one was wrong.
 */
export function validateArgument<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  functionName: string,
  argumentName: string,
): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(functionName, toValidationIssues(result.error.issues, [argumentName]));
}

/** Throw a ValidationError for one path: for rules a schema cannot express (cross-field checks, hot-path checks). */
export function invalidArgument(functionName: string, path: string, message: string): never {
  throw new ValidationError(functionName, [{ path, message }]);
}

/** Describe a value in an error message without dumping it. */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
