// RFC 9457 problem details: the one shape of every error response, and the error that carries it.
import type { Problem, ProblemFieldError } from '@plankit/sdk/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Stable problem types, so clients can branch on `type` rather than on wording. */
export const PROBLEM_TYPES = {
  invalidInput: 'urn:plankit:problem:invalid-input',
  unauthorized: 'urn:plankit:problem:unauthorized',
  forbidden: 'urn:plankit:problem:forbidden',
  notFound: 'urn:plankit:problem:not-found',
  methodNotAllowed: 'urn:plankit:problem:method-not-allowed',
  preconditionFailed: 'urn:plankit:problem:stale-version',
  payloadTooLarge: 'urn:plankit:problem:payload-too-large',
  unsupportedMediaType: 'urn:plankit:problem:unsupported-media-type',
  ruleViolation: 'urn:plankit:problem:rule-violation',
  idempotencyKeyReused: 'urn:plankit:problem:idempotency-key-reused',
  preconditionRequired: 'urn:plankit:problem:if-match-required',
  rateLimited: 'urn:plankit:problem:rate-limited',
  internal: 'urn:plankit:problem:internal',
} as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemInit {
  status: number;
  type: string;
  detail: string;
  title?: string;
  errors?: ProblemFieldError[];
  current?: unknown;
  /** Extra response headers (Allow, Retry-After, WWW-Authenticate, ETag…). */
  headers?: Record<string, string>;
}

/** Thrown anywhere in a handler; the app's error handler turns it into the response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly init: ProblemInit;
  constructor(init: ProblemInit) {
    super(init.detail);
    this.init = init;
  }
}

export function problemBody(init: ProblemInit, instance: string): Problem {
  const problem: Problem = {
    type: init.type,
    title: init.title ?? TITLES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    instance,
  };
  if (init.errors !== undefined) problem.errors = init.errors;
  if (init.current !== undefined) problem.current = init.current;
  return problem;
}

export function problemResponse(init: ProblemInit, instance: string): Response {
  return new Response(JSON.stringify(problemBody(init, instance)), {
    status: init.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...init.headers },
  });
}

/** 400 with one field error; `path` like `query.limit` or `headers.if-match`. */
export function invalidInput(path: string, message: string): ProblemError {
  return new ProblemError({
    status: 400,
    type: PROBLEM_TYPES.invalidInput,
    detail: `${path}: ${message}`,
    errors: [{ path, message }],
  });
}

export function notFound(detail: string): ProblemError {
  return new ProblemError({ status: 404, type: PROBLEM_TYPES.notFound, detail });
}

export function ruleViolation(detail: string, current?: unknown): ProblemError {
  return new ProblemError({
    status: 422,
    type: PROBLEM_TYPES.ruleViolation,
    detail,
    ...(current === undefined ? {} : { current }),
  });
}
