// The Hono environment shared by the app and its routes: what middleware puts on the context.
import type { Role } from './auth/tokens.js';

export interface AppEnv {
  Variables: {
    /** Set by authentication on every /api/v1 request except the OpenAPI document. */
    role: Role;
    /** A short digest of the token: identifies the caller to the rate limiter without keeping the token. */
    principal: string;
  };
}
