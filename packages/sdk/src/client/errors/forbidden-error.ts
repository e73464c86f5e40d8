// 403: the token is valid but its role may not do this (a viewer moving a task).
import { HttpErrorBase } from './http-error-base.js';

export class ForbiddenError extends HttpErrorBase {
  override name = 'ForbiddenError';
}
