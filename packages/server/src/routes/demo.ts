// POST /demo/session: hands the demo page a token for the chosen role. Only with generated demo tokens.
import type { Hono } from 'hono';
import { isRole, ROLES, type TokenRegistry } from '../auth/tokens.js';
import type { AppEnv } from '../env.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { ProblemError, PROBLEM_TYPES, invalidInput } from '../http/problem.js';

/**
 * Demo tokens are printed at start and mean nothing beyond this process, so giving them to the
 * page is safe; with configured tokens (PLANKIT_TOKENS) this route does not exist. The token
 * travels in a JSON body, never in a URL, and the page keeps it in memory only.
 */
export function registerDemoRoutes(app: Hono<AppEnv>, tokens: TokenRegistry): void {
  app.post('/demo/session', async (c) => {
    const body = (await readJsonBody(c.req.raw)).value;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw invalidInput('body', 'expected an object such as {"role":"viewer"}');
    const extra = Object.keys(body).filter((key) => key !== 'role');
    if (extra.length > 0) {
      throw new ProblemError({
        status: 400,
        type: PROBLEM_TYPES.invalidInput,
        detail: `body.${extra[0] ?? ''}: unknown field`,
        errors: extra.map((key) => ({ path: `body.${key}`, message: 'unknown field' })),
      });
    }
    const role: unknown = (body as Record<string, unknown>)['role'];
    if (!isRole(role))
      throw invalidInput('body.role', `expected one of ${ROLES.map((r) => JSON.stringify(r)).join(', ')}`);
    const token = tokens.tokenFor(role);
    if (token === null)
      throw new ProblemError({ status: 404, type: PROBLEM_TYPES.notFound, detail: `no demo token for role ${role}` });
    return jsonResponse({ role, token });
  });
}
