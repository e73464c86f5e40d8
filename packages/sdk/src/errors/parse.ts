// Validate with a zod/mini schema and raise a ValidationError whose messages say what was wrong.
// zod/mini ships no message locale (its default is "Invalid input"), and loading one
// would be global state, so issues are described here from their codes.
import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue, type ValueKind } from './validation-error.js';

type Issue = z.core.$ZodIssue;

/** Describe a value in an error message without dumping it. */
export function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (typeof input === 'string')
    return input.length > 40 ? `a string of ${input.length} characters` : JSON.stringify(input);
  return typeof input === 'object' ? 'an object' : typeof input;
}

/** The kind of a value, for an issue's `received` (never the value itself). */
export function kindOf(input: unknown): ValueKind {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

/** A plain-English sentence for one zod issue. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${describeReceived(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'array' || issue.origin === 'string')
        return `expected ${small ? 'at least' : 'at most'} ${limit} ${issue.origin === 'array' ? 'items' : 'characters'}`;
      return `expected a number ${small ? (exclusive ? '>' : '≥') : exclusive ? '<' : '≤'} ${limit}, received ${describeReceived(issue.input)}`;
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
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeReceived(issue.input)}`;
    case 'custom':
      return issue.message || 'invalid value';
  }
}

/** One zod issue as a ValidationIssue: read from its fields (code, expected, bounds…), never from its English text. */
function structured(issue: Issue, prefix: readonly PropertyKey[]): ValidationIssue {
  const result: ValidationIssue = {
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: describeIssue(issue),
    code: issue.code,
  };
  if ('input' in issue) result.received = kindOf(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      result.expected = issue.expected;
      break;
    case 'too_small':
    case 'too_big':
      result.bound = {
        limit: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        origin: issue.origin,
        inclusive: issue.inclusive !== false,
      };
      break;
    case 'invalid_value':
      result.values = issue.values;
      break;
    case 'invalid_format':
      result.format = issue.format;
      break;
    case 'unrecognized_keys':
      result.keys = issue.keys;
      break;
  }
  return result;
}

/** Zod issues (including those nested in unions) as structured issues with their paths under `prefix`. */
export function toValidationIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return issues.map((issue) => structured(issue, prefix));
}

/**
 * `z.safeParse` whose issues carry their input (for `received`). Valid data, the common case, is parsed once
 * without `reportInput`, which is measurably faster on large bodies; only a failure is parsed again to report.
 */
export function safeParseReporting<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
): ReturnType<typeof z.safeParse<S>> {
  const result = z.safeParse(schema, value);
  return result.success ? result : z.safeParse(schema, value, { reportInput: true });
}

/**
 * Parse `value` with `schema`; on failure throw a ValidationError naming `subject`
 * and the first failing path.
 */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
  return parseWithin(schema, value, subject, []);
}

/**
 * `parseOrThrow` with every issue path under `prefix` (`['kpi']` makes `kpi.rule.tolerance`). Internal: the
 * domain's argument checks and the client's response validation share it.
 */
export function parseWithin<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  subject: string,
  prefix: readonly PropertyKey[],
): z.output<S> {
  const result = safeParseReporting(schema, value);
  if (result.success) return result.data;
  throw new ValidationError(subject, toValidationIssues(result.error.issues, prefix));
}
