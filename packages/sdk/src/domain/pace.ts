// The straight-line pace of a cumulative KPI: how much of the year-end target should be there by a date.
import type { Kpi } from '../schemas/index.js';
import { yearElapsed } from './calendar.js';
import { checkAsOf, checkKpi, hasPace, kpiYear, ruleTarget } from './kpi-input.js';

/**
 * Expected actual by `asOf` for a cumulative KPI: target × days elapsed through
 * `asOf` (inclusive) / days in the KPI's year. Null for year-to-date, latest and
 * rank KPIs, whose figure is compared with the target directly.
 */
export function kpiPace(kpi: Kpi, asOf: string): number | null {
  const checked = checkKpi(kpi, 'kpiPace');
  const date = checkAsOf(asOf, 'kpiPace');
  return paceOf(checked, date);
}

/** kpiPace without the argument checks, for callers that validated already. */
export function paceOf(kpi: Kpi, asOf: string): number | null {
  if (!hasPace(kpi)) return null;
  const { elapsedDays, yearDays } = yearElapsed(asOf, kpiYear(kpi, asOf));
  return (ruleTarget(kpi.rule) * elapsedDays) / yearDays;
}
