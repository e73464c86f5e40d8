// What went wrong, sorted into the classes the error state and `pk-error` tell apart.
// Errors are recognised by name and status rather than instanceof, so an error thrown
// by another copy of the SDK (a second bundle on the page) is classified the same way.

export type Failure =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'rate-limited'; readonly retryAfter: number | null }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'invalid-data'; readonly path: string; readonly detail: string }
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
    case 'ValidationError':
      return {
        kind: 'invalid-data',
        path: typeof path === 'string' && path !== '' ? path : '(root)',
        detail: firstIssueMessage(issues) || (typeof message === 'string' ? message : ''),
      };
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
