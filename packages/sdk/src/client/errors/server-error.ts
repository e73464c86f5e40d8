// 5xx after the retries ran out: the server (or a proxy in front of it) failed.
import { HttpErrorBase } from './http-error-base.js';

export class ServerError extends HttpErrorBase {
  override name = 'ServerError';
}
