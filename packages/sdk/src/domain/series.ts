// A KPI's actual value month by month, for sparklines.
import type { Kpi } from '../schemas/index.js';
import { checkAsOf, checkKpi, measurementsThrough, runningActuals } from './kpi-input.js';

export interface KpiSeriesPoint {
  /** The month, `YYYY-MM`. */
  period: string;
  /** The KPI's actual after that month: the running sum for cumulative KPIs, the month's figure otherwise. */
  value: number;
}

/**
 * One point per measured month up to `asOf`'s month, oldest first. Months
 * without a measurement get no point (a sparkline should not invent data).
 */
export function kpiSeries(kpi: Kpi, asOf: string): KpiSeriesPoint[] {
  return seriesOf(checkKpi(kpi, 'kpiSeries'), checkAsOf(asOf, 'kpiSeries'));
}

/** kpiSeries without the argument checks, for callers that validated already. */
export function seriesOf(checked: Kpi, date: string): KpiSeriesPoint[] {
  const measurements = measurementsThrough(checked, date);
  const values = runningActuals(checked.aggregation, measurements);
  return measurements.map((measurement, index) => ({ period: measurement.period, value: values[index] ?? 0 }));
}
