// GET /plans and GET /plans/{planId}.
import { notFound } from '../http/problem.js';
import { jsonResponse } from '../http/json.js';
import type { Handlers } from '../http/route.js';
import { getPlan, listPlanSummaries } from '../store/plans.js';
import type { RouteDeps } from './deps.js';

export const planHandlers = ({ db }: RouteDeps): Pick<Handlers, 'listPlans' | 'getPlan'> => ({
  listPlans: () => jsonResponse({ items: listPlanSummaries(db) }),

  getPlan: (_c, { params }) => {
    const plan = getPlan(db, params.planId);
    if (plan === undefined) throw notFound(`no plan "${params.planId}"`);
    return jsonResponse(plan);
  },
});
