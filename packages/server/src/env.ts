// The Hono environment shared by the app and its routes: what middleware puts on the context.
import type { Role } from './auth/tokens.js';

export interface AppEnv {
  Variables: {
    /** Set by authentication on every /api/v1 request except the OpenAPI document. */
    role: Role;
    /** A short digest of the token: identifies the caller to the rate limiter without keeping the token. */
    principal: string;
    /** The contract headers a route declares, read and checked before its query and body (http/route.ts). */
    contractHeaders: ContractHeaders;
  };
}

/** If-Match's version, Idempotency-Key, Last-Event-ID: set on routes that declare them. */
export interface ContractHeaders {
  version?: number;
  idempotencyKey?: string | null;
  lastEventId?: number;
}
