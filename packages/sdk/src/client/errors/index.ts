// The client's errors: every one extends PlankitError, so `catch (e) { if (e instanceof PlankitError) … }` sees them all.
export { HttpError, type HttpErrorContext } from './http-error.js';
export { UnauthorizedError } from './unauthorized-error.js';
export { ForbiddenError } from './forbidden-error.js';
export { NotFoundError } from './not-found-error.js';
export { ConflictError } from './conflict-error.js';
export { PreconditionFailedError } from './precondition-failed-error.js';
export { RateLimitError } from './rate-limit-error.js';
export { ServerError } from './server-error.js';
export { NetworkError } from './network-error.js';
export { TimeoutError } from './timeout-error.js';
export { AbortError } from './abort-error.js';
export { MalformedResponseError } from './malformed-response-error.js';
