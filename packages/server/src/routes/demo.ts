// POST /demo/session: hands the demo page a token for the chosen role. Only with generated demo tokens.
import { sValidator } from '@hono/standard-validator';
import type { Hono } from 'hono';
import { every } from 'hono/combine';
import * as z from 'zod/mini';
import { ROLES, type TokenRegistry } from '../auth/tokens.js';
import type { AppEnv } from '../env.js';
import { jsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { ProblemError, PROBLEM_TYPES } from '../http/problem.js';
import { validate } from '../http/validation.js';

const DemoSessionInput = z.strictObject({ role: z.enum(ROLES) });

/**
 * Demo tokens are printed at start and mean nothing beyond this process, so giving them to the
 * page is safe; with configured tokens (PLANKIT_TOKENS) this route does not exist. The token
 * travels in a JSON body, never in a URL, and the page keeps it in memory only.
 */
export function registerDemoRoutes(app: Hono<AppEnv>, tokens: TokenRegistry): void {
  app.post(
    '/demo/session',
    every(...jsonBody()),
    sValidator('json', DemoSessionInput, (result) => {
      if (!result.success) validate(DemoSessionInput, result.data, 'body');
    }),
    (c) => {
      const { role } = c.req.valid('json');
      const token = tokens.tokenFor(role);
      if (token === null)
        throw new ProblemError({ status: 404, type: PROBLEM_TYPES.notFound, detail: `no demo token for role ${role}` });
      return jsonResponse({ role, token });
    },
  );
}
