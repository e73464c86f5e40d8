// Validate with a zod/mini schema and raise a ValidationError whose messages say what was wrong.
// zod/mini ships no message locale (its default is "Invalid input"), and loading one
// would be global state, so issues are described here from their codes.
import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './validation-error.js';

type Issue = z.core.$ZodIssue;

const received = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (typeof input === 'string')
    return input.length > 40 ? `a string of ${input.length} characters` : JSON.stringify(input);
  return typeof input === 'object' ? 'an object' : typeof input;
};

/** A plain-English sentence for one zod issue. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_small': {
      const op = issue.inclusive === false ? '>' : '≥';
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} items`;
      if (issue.origin === 'string') return `expected at least ${String(issue.minimum)} characters`;
      return `expected a number ${op} ${String(issue.minimum)}, received ${received(issue.input)}`;
    }
    case 'too_big': {
      const op = issue.inclusive === false ? '<' : '≤';
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} items`;
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters`;
      return `expected a number ${op} ${String(issue.maximum)}, received ${received(issue.input)}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `does not match ${issue.pattern ?? 'the expected format'}`
        : `expected a valid ${issue.format}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'note' in issue && issue.note === 'No matching discriminator'
        ? 'unknown kind'
        : 'does not match any allowed shape';
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid element';
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${received(issue.input)}`;
    case 'custom':
      return issue.message || 'invalid value';
  }
}

/** Flatten zod issues (including those nested in unions) into path + message pairs. */
export function toValidationIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: describeIssue(issue),
  }));
}

/**
 * Parse `value` with `schema`; on failure throw a ValidationError naming `subject`
 * and the first failing path.
 */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(subject, toValidationIssues(result.error.issues));
}
