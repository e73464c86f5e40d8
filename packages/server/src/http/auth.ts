// Bearer authentication (401) and the editor requirement on writes (403).
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { TokenRegistry } from '../auth/tokens.js';
import type { AppEnv } from '../env.js';
import { ProblemError, PROBLEM_TYPES } from './problem.js';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

const unauthorized = (detail: string, error?: 'invalid_token' | 'invalid_request') =>
  new ProblemError({
    status: 401,
    type: PROBLEM_TYPES.unauthorized,
    detail,
    headers: {
      'WWW-Authenticate': error === undefined ? 'Bearer realm="plankit"' : `Bearer realm="plankit", error="${error}"`,
    },
  });

export function authenticate(tokens: TokenRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) throw unauthorized('send Authorization: Bearer <token>');
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) throw unauthorized('the Authorization header must be "Bearer <token>"', 'invalid_request');
    const role = tokens.roleOf(token);
    if (role === null) throw unauthorized('the token is not valid', 'invalid_token');
    c.set('role', role);
    c.set('principal', createHash('sha256').update(token).digest('base64url').slice(0, 16));
    await next();
  };
}

export const requireEditor: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('role') !== 'editor') {
    throw new ProblemError({
      status: 403,
      type: PROBLEM_TYPES.forbidden,
      detail: 'this token may read but not change data (role viewer; writes need role editor)',
    });
  }
  await next();
};
