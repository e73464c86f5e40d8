// Bearer authentication (401) through Hono's bearer-auth, whose verifyToken maps the token to its role; and the
// editor requirement on writes (403).
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { TokenRegistry } from '../auth/tokens.js';
import type { AppEnv } from '../env.js';
import { ProblemError, PROBLEM_TYPES, problemResponse } from './problem.js';

const REALM = 'plankit';

/** A 401 problem; bearer-auth adds the WWW-Authenticate challenge it was given. */
const unauthorized = (detail: string) => (c: Context) =>
  problemResponse({ status: 401, type: PROBLEM_TYPES.unauthorized, detail }, c.req.path);

export function authenticate(tokens: TokenRegistry): MiddlewareHandler<AppEnv> {
  return bearerAuth<AppEnv>({
    realm: REALM,
    verifyToken: (token, c) => {
      const role = tokens.roleOf(token);
      if (role === null) return false;
      c.set('role', role);
      // A short digest identifies the caller to the rate limiter without keeping the token.
      c.set('principal', createHash('sha256').update(token).digest('base64url').slice(0, 16));
      return true;
    },
    noAuthenticationHeader: {
      message: unauthorized('send Authorization: Bearer <token>'),
      wwwAuthenticateHeader: `Bearer realm="${REALM}"`,
    },
    // Hono answers a malformed header with 400; the contract says 401 for "no or bad token".
    invalidAuthenticationHeader: {
      message: unauthorized('the Authorization header must be "Bearer <token>"'),
      wwwAuthenticateHeader: `Bearer realm="${REALM}", error="invalid_request"`,
    },
    invalidToken: {
      message: unauthorized('the token is not valid'),
      wwwAuthenticateHeader: `Bearer realm="${REALM}", error="invalid_token"`,
    },
  });
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
