// 401: no token, or the token was refused even after one refresh through getToken({ refresh: true }).
import { HttpErrorBase } from './http-error-base.js';

export class UnauthorizedError extends HttpErrorBase {
  override name = 'UnauthorizedError';
}
