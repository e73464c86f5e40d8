// kpiGauge: what a gauge of a KPI draws as of a date — its evaluation, its scale, where the actual, the target,
// the pace and a band rule's zone stand along it, and the sparkline of the months. Rendering is left to the
// element; every number it draws comes from here.
import type { Kpi, KpiEvaluation } from '../schemas/index.js';
import { yearElapsed } from './calendar.js';
import { bandBounds, evaluateCheckedKpi } from './kpi.js';
import { checkAsOf, checkKpi, hasPace, kpiYear } from './kpi-input.js';
import { seriesOf, type KpiSeriesPoint } from './series.js';

/** A KPI's gauge as of a date. Positions run from 0 (the scale's start) to 100 (its end). */
export interface KpiGauge {
  /** The KPI's evaluation: the one attached to the KPI when it is for the same date, else computed. */
  evaluation: KpiEvaluation;
  /** The actual month by month (see kpiSeries). */
  series: KpiSeriesPoint[];
  /** Start of the scale, in the KPI's unit (rank 1 for a rank KPI; below zero only for negative values). */
  min: number;
  /** End of the scale, in the KPI's unit: a "nice" number above the values shown. */
  max: number;
  /** How far the indicator reaches: the actual's position, 0 without data. */
  reached: number;
  /** The target marker's position. */
  targetAt: number;
  /** The expected pace and its position; null without a pace, or when it is zero (it says nothing then). */
  pace: { value: number; at: number } | null;
  /**
   * A band rule's zone (the status is on track or met inside it), pro-rated to the date for a cumulative KPI
   * as the status is; null for other rules.
   */
  zone: [from: number, to: number] | null;
  /** The sparkline as polyline points in a 100 × 24 box (`x,y x,y …`); null with fewer than two months. */
  sparkline: string | null;
}

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten that reaches `value` (1 for nothing above 0). */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => step * power >= value * 0.9999) ?? 10) * power;
}

/**
 * The scale. Rank KPIs run from rank 1 (the worst, where the gauge starts) upwards, so "outside the top n" lies
 * towards the full end; atMost KPIs leave room above the limit; others leave 15 % above the highest value.
 */
function scaleOf(kpi: Kpi, evaluation: KpiEvaluation): [min: number, max: number] {
  const values = [evaluation.target, evaluation.actual, evaluation.expected, evaluation.lastYear].filter(
    (value): value is number => value !== null,
  );
  const high = Math.max(...values);
  switch (kpi.rule.kind) {
    case 'rankOutsideTop':
      return [1, niceCeiling(Math.max(kpi.rule.n * 2, high + 1))];
    case 'atMost':
      return [Math.min(0, ...values), niceCeiling(Math.max(high * 1.25, evaluation.target + 3))];
    case 'atLeast':
    case 'band': {
      const low = Math.min(0, ...values);
      return [low < 0 ? -niceCeiling(-low) : 0, niceCeiling(high * 1.15)];
    }
  }
}

/** The months as a line in a 100 × 24 box: first at x = 0, last at x = 100, lowest at y = 22, highest at y = 2. */
function sparklineOf(series: readonly KpiSeriesPoint[]): string | null {
  if (series.length < 2) return null;
  const values = series.map((point) => point.value);
  const low = Math.min(...values);
  const span = Math.max(...values) - low || 1;
  return values
    .map((value, index) => `${(index / (values.length - 1)) * 100},${22 - ((value - low) / span) * 20}`)
    .join(' ');
}

/**
 * What a gauge of `kpi` draws as of `asOf` (`YYYY-MM-DD`). The KPI is checked once (schema and cross-field
 * rules); an evaluation attached to it for the same date (a server's `?asOf=` answer) is used as given.
 * Throws ValidationError for a malformed KPI or date.
 */
export function kpiGauge(kpi: Kpi, asOf: string): KpiGauge {
  const checked = checkKpi(kpi, 'kpiGauge');
  const date = checkAsOf(asOf, 'kpiGauge');
  const evaluation = kpi.evaluation?.asOf === date ? kpi.evaluation : evaluateCheckedKpi(checked, date);
  const series = seriesOf(checked, date);
  const [min, max] = scaleOf(checked, evaluation);
  const at = (value: number): number => Math.min(1, Math.max(0, (value - min) / (max - min))) * 100;
  const { rule } = checked;
  let zone: KpiGauge['zone'] = null;
  if (rule.kind === 'band') {
    const { elapsedDays, yearDays } = yearElapsed(date, kpiYear(checked, date));
    const [lower, upper] = bandBounds(rule, hasPace(checked) ? elapsedDays / yearDays : 1);
    zone = [at(lower), at(upper)];
  }
  const { actual, expected } = evaluation;
  return {
    evaluation,
    series,
    min,
    max,
    reached: actual === null ? 0 : at(actual),
    targetAt: at(evaluation.target),
    pace: expected === null || expected === 0 ? null : { value: expected, at: at(expected) },
    zone,
    sparkline: sparklineOf(series),
  };
}
