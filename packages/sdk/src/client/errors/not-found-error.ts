// 404: the plan, KPI, task, grid or item does not exist.
import { HttpErrorBase } from './http-error-base.js';

export class NotFoundError extends HttpErrorBase {
  override name = 'NotFoundError';
}
