// 409: the request conflicts with the resource's current state.
import { HttpErrorBase } from './http-error-base.js';

export class ConflictError extends HttpErrorBase {
  override name = 'ConflictError';
}
