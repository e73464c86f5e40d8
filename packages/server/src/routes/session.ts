// GET /session: the role of the bearer token that asks, so a client can offer only the writes it may make.
import type { Hono } from 'hono';
import type { Session } from '@plankit/sdk/schemas';
import type { AppEnv } from '../env.js';
import { jsonResponse } from '../http/json.js';
import { readQuery, rejectUnknownQuery } from '../http/validation.js';
import { API_BASE } from './deps.js';

export function registerSessionRoutes(app: Hono<AppEnv>): void {
  app.get(`${API_BASE}/session`, (c) => {
    rejectUnknownQuery(readQuery(c.req.url, {}), []);
    const session: Session = { role: c.get('role') };
    // The answer depends on the token (jsonResponse already says no-store): no cache may hand it to another.
    return jsonResponse(session, 200, { Vary: 'Authorization' });
  });
}
