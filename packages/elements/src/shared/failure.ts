// What went wrong, sorted into the classes the error state and `pk-error` tell apart.
// Errors are recognised by name and status rather than instanceof, so an error thrown
// by another copy of the SDK (a second bundle on the page) is classified the same way.
import type { LocalizeController } from './localize.js';
import type { MessageKey } from './i18n/zh-CN.js';

/**
 * The structured part of an SDK ValidationIssue (zod's code and what it reported), read by shape: enough to
 * word the problem in the page's language instead of showing zod's English.
 */
export interface IssueFacts {
  readonly path: string;
  readonly code?: string;
  readonly expected?: string;
  readonly bound?: { readonly limit: number; readonly origin: string; readonly inclusive: boolean };
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

export type Failure =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'rate-limited'; readonly retryAfter: number | null }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'http'; readonly status: number }
  | {
      readonly kind: 'invalid-data';
      readonly path: string;
      /** The SDK's English sentence, for logs. */
      readonly detail: string;
      /** The first issue's facts, when the error carried structured issues (SDK 1.0 and later). */
      readonly issue?: IssueFacts;
    }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown'; readonly detail: string };

export type FailureKind = Failure['kind'];

interface ErrorShape {
  name?: unknown;
  status?: unknown;
  path?: unknown;
  message?: unknown;
  retryAfter?: unknown;
  issues?: unknown;
}

const shapeOf = (error: unknown): ErrorShape =>
  typeof error === 'object' && error !== null ? (error as ErrorShape) : {};

/** True for a run that was cancelled on purpose (arguments changed, element removed): never shown. */
export function isAbort(error: unknown): boolean {
  const { name } = shapeOf(error);
  return name === 'AbortError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The facts of the first issue, checked field by field (an issue from an older SDK has only path and message). */
function firstIssueFacts(issues: unknown): IssueFacts | undefined {
  const first: unknown = Array.isArray(issues) ? issues[0] : undefined;
  if (!isRecord(first) || typeof first['path'] !== 'string' || typeof first['code'] !== 'string') return undefined;
  const { path, code, expected, bound, values, keys } = first;
  return {
    path,
    code,
    ...(typeof expected === 'string' ? { expected } : {}),
    ...(isRecord(bound) &&
    typeof bound['limit'] === 'number' &&
    typeof bound['origin'] === 'string' &&
    typeof bound['inclusive'] === 'boolean'
      ? { bound: { limit: bound['limit'], origin: bound['origin'], inclusive: bound['inclusive'] } }
      : {}),
    ...(Array.isArray(values) ? { values } : {}),
    ...(Array.isArray(keys) ? { keys: keys.map(String) } : {}),
  };
}

function firstIssueMessage(issues: unknown): string {
  if (!Array.isArray(issues)) return '';
  const first: unknown = issues[0];
  const message = shapeOf(first).message;
  return typeof message === 'string' ? message : '';
}

/** Sort an error thrown while loading or validating data into one of the failure classes. */
export function classifyFailure(error: unknown): Failure {
  const { name, status, path, message, retryAfter, issues } = shapeOf(error);
  switch (name) {
    case 'NetworkError':
      return { kind: 'network' };
    case 'TimeoutError':
      return { kind: 'timeout' };
    case 'ValidationError': {
      const issue = firstIssueFacts(issues);
      return {
        kind: 'invalid-data',
        path: typeof path === 'string' && path !== '' ? path : '(root)',
        detail: firstIssueMessage(issues) || (typeof message === 'string' ? message : ''),
        ...(issue ? { issue } : {}),
      };
    }
    case 'MalformedResponseError':
      return { kind: 'malformed' };
    default:
      break;
  }
  if (typeof status === 'number') {
    if (status === 401) return { kind: 'unauthorized' };
    if (status === 403) return { kind: 'forbidden' };
    if (status === 404) return { kind: 'not-found' };
    if (status === 429) return { kind: 'rate-limited', retryAfter: typeof retryAfter === 'number' ? retryAfter : null };
    if (status >= 500) return { kind: 'server', status };
    return { kind: 'http', status };
  }
  // The SDK turns fetch failures into NetworkError, so a bare TypeError is a programming error
  // (a host's own client, a broken callback): saying "the server could not be reached" would mislead.
  return { kind: 'unknown', detail: typeof message === 'string' ? message : String(error) };
}

const KIND_KEYS: Readonly<Record<string, MessageKey>> = {
  string: 'kindString',
  number: 'kindNumber',
  int: 'kindInteger',
  boolean: 'kindBoolean',
  object: 'kindObject',
  array: 'kindArray',
  null: 'kindNull',
};

/** A list of values or names, in the page's language ("a、b或c", "a, b, or c"); long lists end in "…". */
function listOf(localize: LocalizeController, items: readonly unknown[], type: 'disjunction' | 'conjunction'): string {
  const shown = items.slice(0, 6).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  const list = new Intl.ListFormat(localize.tag, { type }).format(shown);
  return items.length > shown.length ? `${list}…` : list;
}

/**
 * What was wrong with invalid data, in the page's language, from the issue's code and facts (never from zod's
 * English): "字段 kpi.id 应为文本" / "Field kpi.id should be text". Falls back to the path and the SDK's
 * sentence for an error without structured issues.
 */
export function describeInvalidData(
  localize: LocalizeController,
  failure: Extract<Failure, { kind: 'invalid-data' }>,
): string {
  const { issue } = failure;
  if (!issue) return `${failure.path}: ${failure.detail}`;
  const field = issue.path ? localize.term('issueField', { path: issue.path }) : localize.term('issueRoot');
  const { bound } = issue;
  switch (issue.code) {
    case 'invalid_type': {
      const key = issue.expected === undefined ? undefined : KIND_KEYS[issue.expected];
      if (key) return localize.term('issueType', { field, kind: localize.term(key as 'kindString') });
      break;
    }
    case 'too_small':
    case 'too_big': {
      if (!bound) break;
      const small = issue.code === 'too_small';
      const limit = localize.number(bound.limit);
      if (bound.origin === 'string') return localize.term(small ? 'issueTooShort' : 'issueTooLong', { field, limit });
      if (bound.origin === 'array' || bound.origin === 'set')
        return localize.term(small ? 'issueTooFew' : 'issueTooMany', { field, limit });
      return localize.term(small ? 'issueTooSmall' : 'issueTooBig', { field, limit, inclusive: bound.inclusive });
    }
    case 'invalid_value':
      if (issue.values?.length)
        return localize.term('issueValue', { field, values: listOf(localize, issue.values, 'disjunction') });
      break;
    case 'invalid_format':
      return localize.term('issueFormat', { field });
    case 'unrecognized_keys':
      if (issue.keys?.length)
        return localize.term('issueUnknownKeys', { field, keys: listOf(localize, issue.keys, 'conjunction') });
      break;
  }
  return localize.term('issueOther', { field });
}
