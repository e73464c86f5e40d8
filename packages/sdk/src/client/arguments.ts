// Validates a method's arguments before any request, naming the call and the argument's place.
import * as z from 'zod/mini';
import { toValidationIssues, ValidationError } from '../errors/index.js';

/**
 * `value` parsed with `schema`, or a ValidationError whose subject is the call (`PATCH /tasks/{taskId}`)
 * and whose path starts with `place` (`body`, `query`, `options.version`), as the server's problem paths do.
 */
export function checkArgument<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  subject: string,
  place: string,
): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(subject, toValidationIssues(result.error.issues, place.split('.')));
}
