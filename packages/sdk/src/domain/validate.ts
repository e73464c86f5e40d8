// Argument checks shared by the domain functions: every failure is a ValidationError naming the function and the argument's path.
import type * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import { parseWithin } from '../errors/parse.js';

export { describeReceived } from '../errors/parse.js';

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
  return parseWithin(schema, value, functionName, [argumentName]);
}

/** Throw a ValidationError for one path: for rules a schema cannot express (cross-field checks, hot-path checks). */
export function invalidArgument(functionName: string, path: string, message: string): never {
  throw new ValidationError(functionName, [{ path, message }]);
}
