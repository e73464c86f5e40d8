// Errors shared by the domain rules and the client. Client-only errors live in client/errors/.
export { PlankitError } from './plankit-error.js';
export { ValidationError, type ValidationIssue, type ValueKind } from './validation-error.js';
export { parseOrThrow, describeIssue, toValidationIssues } from './parse.js';
