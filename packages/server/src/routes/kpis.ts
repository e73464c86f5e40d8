// GET /plans/{planId}/kpis[/{kpiId}] (evaluated with ?asOf=) and PUT …/measurements/{period}.
import { evaluateKpi, withPlanVocabulary } from '@plankit/sdk/domain';
import { ValidationError } from '@plankit/sdk';
import type { Kpi, Plan } from '@plankit/sdk/schemas';
import { jsonResponse } from '../http/json.js';
import { notFound, ruleViolation } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import { getKpi, listKpis, upsertMeasurement } from '../store/kpis.js';
import { getPlan } from '../store/plans.js';
import type { RouteDeps } from './deps.js';

/** The KPI as served: with the labels of its plan's vocabulary it needs, evaluated when asked. */
function served(kpi: Kpi, plan: Plan, asOf: string | undefined): Kpi {
  const labelled = withPlanVocabulary(kpi, plan.vocabulary);
  return asOf === undefined ? labelled : { ...labelled, evaluation: evaluateKpi(labelled, asOf) };
}

export const kpiHandlers = ({
  db,
  recordChange,
  changesCommitted,
}: RouteDeps): Pick<Handlers, 'listKpis' | 'getKpi' | 'recordMeasurement'> => ({
  listKpis: (_c, { params: { planId }, query: { asOf } }) => {
    const plan = getPlan(db, planId);
    if (plan === undefined) throw notFound(`no plan "${planId}"`);
    return jsonResponse({ items: listKpis(db, planId).map((kpi) => served(kpi, plan, asOf)) });
  },

  getKpi: (_c, { params: { planId, kpiId }, query: { asOf } }) => {
    const plan = getPlan(db, planId);
    if (plan === undefined) throw notFound(`no plan "${planId}"`);
    const kpi = getKpi(db, planId, kpiId);
    if (kpi === undefined) throw notFound(`no KPI "${kpiId}" in plan "${planId}"`);
    return jsonResponse(served(kpi, plan, asOf));
  },

  // PUT: the period names the month, so sending the same value twice changes nothing the second time.
  recordMeasurement: (_c, { params: { planId, kpiId, period }, body: { value } }) => {
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
  },
});
