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
  const checked = checkKpi(kpi, 'kpiSeries');
  const date = checkAsOf(asOf, 'kpiSeries');
  const measurements = measurementsThrough(checked, date);
  const values = runningActuals(checked.aggregation, measurements);
  return measurements.map((measurement, index) => ({ period: measurement.period, value: values[index] ?? 0 }));
}
