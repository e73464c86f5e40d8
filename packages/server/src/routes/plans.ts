// GET /plans and GET /plans/{planId}.
import type { Hono } from 'hono';
import { Id } from '@plankit/sdk/schemas';
import type { AppEnv } from '../env.js';
import { jsonResponse } from '../http/json.js';
import { notFound } from '../http/problem.js';
import { readQuery, rejectUnknownQuery, validate } from '../http/validation.js';
import { getPlan, listPlanSummaries } from '../store/plans.js';
import { API_BASE, type RouteDeps } from './deps.js';

export function registerPlanRoutes(app: Hono<AppEnv>, { db }: RouteDeps): void {
  app.get(`${API_BASE}/plans`, (c) => {
    rejectUnknownQuery(readQuery(c.req.url, {}), []);
    return jsonResponse({ items: listPlanSummaries(db) });
  });

  app.get(`${API_BASE}/plans/:planId`, (c) => {
    const planId = validate(Id, c.req.param('planId'), 'params.planId');
    rejectUnknownQuery(readQuery(c.req.url, {}), []);
    const plan = getPlan(db, planId);
    if (plan === undefined) throw notFound(`no plan "${planId}"`);
    return jsonResponse(plan);
  });
}
