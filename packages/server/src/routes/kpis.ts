// GET /plans/{planId}/kpis[/{kpiId}] (evaluated with ?asOf=) and PUT …/measurements/{period}.
import type { Hono } from 'hono';
import { evaluateKpi, withPlanVocabulary } from '@plankit/sdk/domain';
import { ValidationError } from '@plankit/sdk';
import { Id, IsoDate, MeasurementInput, Period, type Kpi, type Plan } from '@plankit/sdk/schemas';
import type { AppEnv } from '../env.js';
import { requireEditor } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { notFound, ruleViolation } from '../http/problem.js';
import { readQuery, rejectUnknownQuery, validate } from '../http/validation.js';
import { getKpi, listKpis, upsertMeasurement } from '../store/kpis.js';
import { getPlan } from '../store/plans.js';
import { API_BASE, type RouteDeps } from './deps.js';

/** `?asOf=` when given, validated as a calendar date. */
function readAsOf(url: string): string | undefined {
  const query = readQuery(url, {});
  rejectUnknownQuery(query, ['asOf']);
  return query['asOf'] === undefined ? undefined : validate(IsoDate, query['asOf'], 'query.asOf');
}

/** The KPI as served: with the labels of its plan's vocabulary it needs, evaluated when asked. */
function served(kpi: Kpi, plan: Plan, asOf: string | undefined): Kpi {
  const labelled = withPlanVocabulary(kpi, plan.vocabulary);
  return asOf === undefined ? labelled : { ...labelled, evaluation: evaluateKpi(labelled, asOf) };
}

export function registerKpiRoutes(app: Hono<AppEnv>, { db, recordChange, changesCommitted }: RouteDeps): void {
  app.get(`${API_BASE}/plans/:planId/kpis`, (c) => {
    const planId = validate(Id, c.req.param('planId'), 'params.planId');
    const asOf = readAsOf(c.req.url);
    const plan = getPlan(db, planId);
    if (plan === undefined) throw notFound(`no plan "${planId}"`);
    return jsonResponse({ items: listKpis(db, planId).map((kpi) => served(kpi, plan, asOf)) });
  });

  app.get(`${API_BASE}/plans/:planId/kpis/:kpiId`, (c) => {
    const planId = validate(Id, c.req.param('planId'), 'params.planId');
    const kpiId = validate(Id, c.req.param('kpiId'), 'params.kpiId');
    const asOf = readAsOf(c.req.url);
    const plan = getPlan(db, planId);
    if (plan === undefined) throw notFound(`no plan "${planId}"`);
    const kpi = getKpi(db, planId, kpiId);
    if (kpi === undefined) throw notFound(`no KPI "${kpiId}" in plan "${planId}"`);
    return jsonResponse(served(kpi, plan, asOf));
  });

  // PUT: the period names the month, so sending the same value twice changes nothing the second time.
  app.put(`${API_BASE}/plans/:planId/kpis/:kpiId/measurements/:period`, requireEditor, async (c) => {
    const planId = validate(Id, c.req.param('planId'), 'params.planId');
    const kpiId = validate(Id, c.req.param('kpiId'), 'params.kpiId');
    const period = validate(Period, c.req.param('period'), 'params.period');
    rejectUnknownQuery(readQuery(c.req.url, {}), []);
    const { value } = validate(MeasurementInput, (await readJsonBody(c.req.raw)).value, 'body');

    const updated = db
      .transaction((): Kpi => {
        const plan = getPlan(db, planId);
        if (plan === undefined) throw notFound(`no plan "${planId}"`);
        if (getKpi(db, planId, kpiId) === undefined) throw notFound(`no KPI "${kpiId}" in plan "${planId}"`);
        if (Number(period.slice(0, 4)) !== plan.year) {
          throw ruleViolation(`period ${period} is outside the plan's year ${plan.year}`);
        }
        if (upsertMeasurement(db, planId, kpiId, { period, value })) {
          recordChange({ planId, entity: 'measurement', entityId: kpiId, period });
        }
        const kpi = getKpi(db, planId, kpiId) as Kpi;
        // The domain rules decide what a KPI may hold (a rank is a whole number ≥ 1, …):
        // evaluating the result checks it, and a throw rolls the write back.
        try {
          evaluateKpi(kpi, `${plan.year}-12-31`);
        } catch (error) {
          if (error instanceof ValidationError)
            throw ruleViolation(
              `value ${value} is not allowed for KPI "${kpiId}": ${error.issues[0]?.message ?? error.message}`,
            );
          throw error;
        }
        return withPlanVocabulary(kpi, plan.vocabulary);
      })
      .immediate();
    changesCommitted();
    return jsonResponse(updated);
  });
}
