// GET /session: the role of the bearer token that asks, so a client can offer only the writes it may make.
import { jsonResponse } from '../http/json.js';
import type { Handlers } from '../http/route.js';

export const sessionHandlers = (): Pick<Handlers, 'getSession'> => ({
  // The answer depends on the token (jsonResponse already says no-store): no cache may hand it to another.
  getSession: (c) => jsonResponse({ role: c.get('role') }, 200, { Vary: 'Authorization' }),
});
