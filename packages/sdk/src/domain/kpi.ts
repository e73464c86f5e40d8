// evaluateKpi: a KPI's actual, pace and status as of a date, by its rule. The semantics are in docs/domain-rules.md.
import type { Kpi, KpiEvaluation, KpiRule, KpiStatus, KpiThresholds, Measurement } from '../schemas/index.js';
import { yearElapsed } from './calendar.js';
import { checkAsOf, checkKpi, hasPace, kpiYear, measurementsThrough, ruleTarget, runningActuals } from './kpi-input.js';
import { describeCheckedRule } from './rule-text.js';
import { seriesOf, type KpiSeriesPoint } from './series.js';

/** On track at ≥ 95 % of what is needed by now, at risk at ≥ 80 %, off track below. */
export const DEFAULT_THRESHOLDS: KpiThresholds = Object.freeze({ onTrack: 0.95, atRisk: 0.8 });

/**
 * Comparisons allow this relative slack so a figure exactly at a target or a
 * threshold counts as reaching it despite floating-point rounding (0.1 + 0.2 ≥ 0.3).
 */
const SLACK = 1e-9;

const reaches = (value: number, bound: number): boolean => value >= bound - SLACK * Math.max(1, Math.abs(bound));

/** Where the year stands for a KPI as of a date. */
interface YearPosition {
  elapsedDays: number;
  yearDays: number;
  /** From December 31st on, the year's outcome is known: statuses are met or off-track. */
  final: boolean;
}

/**
 * A band rule's bounds, `target × (1 ± tolerance)`, pro-rated by `share` (the part of the year elapsed for a
 * cumulative KPI, 1 otherwise): the on-track zone of a cumulative band grows through the year.
 */
export function bandBounds(rule: Extract<KpiRule, { kind: 'band' }>, share: number): [lower: number, upper: number] {
  const centre = rule.target * share;
  const halfWidth = rule.tolerance * Math.abs(rule.target) * share;
  return [centre - halfWidth, centre + halfWidth];
}

/** Place a performance ratio (1 = exactly what is needed) between the thresholds. */
function standing(ratio: number, thresholds: KpiThresholds): KpiStatus {
  if (reaches(ratio, thresholds.onTrack)) return 'on-track';
  if (reaches(ratio, thresholds.atRisk)) return 'at-risk';
  return 'off-track';
}

function statusOf(
  rule: KpiRule,
  cumulative: boolean,
  actual: number,
  year: YearPosition,
  thresholds: KpiThresholds,
): KpiStatus {
  const { elapsedDays, yearDays, final } = year;
  switch (rule.kind) {
    case 'atLeast': {
      const { target } = rule;
      if (reaches(actual, target)) return 'met';
      // A non-positive target has no scale to measure a shortfall against: below it is simply off track.
      if (final || target <= 0) return 'off-track';
      // Cumulative: compare with the pace (target × elapsed / year); rates: with the target itself.
      const ratio = cumulative ? (actual * yearDays) / (target * elapsedDays) : actual / target;
      return standing(ratio, thresholds);
    }
    case 'atMost': {
      const { target } = rule;
      if (!reaches(target, actual)) {
        // Over the limit. A cumulative count only grows: it cannot come back under, so it stays off track.
        if (cumulative || final || target <= 0) return 'off-track';
        return standing(target / actual, thresholds);
      }
      if (!cumulative || final) return 'met';
      // Under the year's limit so far, but more can still happen before December 31st.
      if (target <= 0 || actual <= 0) return 'on-track';
      return standing((target * elapsedDays) / (actual * yearDays), thresholds);
    }
    case 'band': {
      const { target } = rule;
      const [lower, upper] = bandBounds(rule, cumulative ? elapsedDays / yearDays : 1);
      if (reaches(actual, lower) && reaches(upper, actual)) return cumulative && !final ? 'on-track' : 'met';
      if (final || target <= 0) return 'off-track';
      // The band itself is the on-track zone; within `onTrack` of its nearer edge is at risk.
      const ratio = actual < lower ? (lower > 0 ? actual / lower : Number.NEGATIVE_INFINITY) : upper / actual;
      return reaches(ratio, thresholds.onTrack) ? 'at-risk' : 'off-track';
    }
    case 'rankOutsideTop':
      // Rank 1 is the worst: inside the top n is a miss whatever the date.
      return actual > rule.n ? 'met' : 'off-track';
  }
}

/** Whether one month's figure meets a rule on its own (for rules judged on every month). */
function monthMeets(rule: KpiRule, value: number): boolean {
  switch (rule.kind) {
    case 'atLeast':
      return reaches(value, rule.target);
    case 'atMost':
      return reaches(rule.target, value);
    case 'rankOutsideTop':
      return value > rule.n;
    case 'band':
      return true;
  }
}

type DeltaBasis = NonNullable<KpiEvaluation['deltaBasis']>;

/**
 * The change on last year: on the same months when last year's monthly figures cover every measured
 * month, else pro-rated (cumulative) or on last year's figure. A change of a count is whole.
 */
function deltaOf(
  kpi: Kpi,
  actual: number | null,
  measurements: readonly Measurement[],
  cumulative: boolean,
  share: number,
): { delta: number | null; deltaBasis: DeltaBasis | null } {
  if (actual === null) return { delta: null, deltaBasis: null };
  const lastYearMonths = new Map(kpi.lastYearMeasurements?.map((m) => [m.period.slice(5), m.value]));
  const sameMonths = measurements.map((m) => lastYearMonths.get(m.period.slice(5)));
  if (measurements.length > 0 && sameMonths.every((value) => value !== undefined)) {
    const base = cumulative ? sameMonths.reduce((sum: number, value) => sum + value, 0) : (sameMonths.at(-1) as number);
    return { delta: actual - base, deltaBasis: 'samePeriod' };
  }
  if (kpi.lastYear === null) return { delta: null, deltaBasis: null };
  if (!cumulative) return { delta: actual - kpi.lastYear, deltaBasis: 'lastYear' };
  // A cumulative figure mid-year is compared with last year's total pro-rated to the same date:
  // against the full year it would be negative until December by construction.
  const delta = actual - kpi.lastYear * share;
  // A count changes by whole cases: "-0.2 起" means nothing.
  return { delta: kpi.unit === 'count' ? Math.round(delta) + 0 : delta, deltaBasis: 'proRated' };
}

function progressOf(rule: KpiRule, actual: number): number | null {
  switch (rule.kind) {
    case 'atLeast':
    case 'atMost':
    case 'band':
      // A share of a non-positive target means nothing (atMost(0), growth ≥ 0 %).
      if (!(rule.target > 0)) return null;
      // A vanishingly small target can overflow the ratio; a share of it means nothing either.
      return Number.isFinite(actual / rule.target) ? Math.max(0, actual / rule.target) : null;
    case 'rankOutsideTop':
      return null;
  }
}

/**
 * Evaluate a KPI as of a date (`YYYY-MM-DD`): measurements of the months up to
 * and including asOf's month count (the current month's figure is month-to-date).
 * Throws ValidationError for a malformed KPI or date.
 */
export function evaluateKpi(kpi: Kpi, asOf: string): KpiEvaluation {
  const checked = checkKpi(kpi, 'evaluateKpi');
  const date = checkAsOf(asOf, 'evaluateKpi');
  return evaluateCheckedKpi(checked, date);
}

/**
 * evaluateKpi and kpiSeries together, checking the KPI once: what a gauge draws. Rendering many
 * gauges, the check is the largest cost these two share.
 */
export function evaluateKpiWithSeries(kpi: Kpi, asOf: string): { evaluation: KpiEvaluation; series: KpiSeriesPoint[] } {
  const checked = checkKpi(kpi, 'evaluateKpiWithSeries');
  const date = checkAsOf(asOf, 'evaluateKpiWithSeries');
  return { evaluation: evaluateCheckedKpi(checked, date), series: seriesOf(checked, date) };
}

/** evaluateKpi without the argument checks, for callers that validated already (the server's list endpoint). */
export function evaluateCheckedKpi(kpi: Kpi, asOf: string): KpiEvaluation {
  const measurements = measurementsThrough(kpi, asOf);
  const actuals = runningActuals(kpi.aggregation, measurements);
  const actual = actuals[actuals.length - 1] ?? null;
  const { elapsedDays, yearDays } = yearElapsed(asOf, kpiYear(kpi, asOf));
  const cumulative = hasPace(kpi);
  const target = ruleTarget(kpi.rule);
  const final = elapsedDays === yearDays;
  const { rule } = kpi;
  const everyMonth = rule.kind !== 'band' && rule.judge === 'everyMonth';
  const missedPeriods = everyMonth
    ? measurements.filter((m) => !monthMeets(rule, m.value)).map((m) => m.period)
    : undefined;
  let status: KpiStatus;
  if (actual === null) status = 'no-data';
  // Judged on every month: one miss decides the year; kept so far is on track until the year is over.
  else if (missedPeriods !== undefined) status = missedPeriods.length > 0 ? 'off-track' : final ? 'met' : 'on-track';
  else
    status = statusOf(rule, cumulative, actual, { elapsedDays, yearDays, final }, kpi.thresholds ?? DEFAULT_THRESHOLDS);
  return {
    kpiId: kpi.id,
    asOf,
    actual,
    target,
    progress: actual === null ? null : progressOf(kpi.rule, actual),
    expected: cumulative ? (target * elapsedDays) / yearDays : null,
    status,
    ruleText: describeCheckedRule(kpi),
    period: measurements[measurements.length - 1]?.period ?? null,
    lastYear: kpi.lastYear,
    ...deltaOf(kpi, actual, measurements, cumulative, elapsedDays / yearDays),
    ...(missedPeriods === undefined ? {} : { missedPeriods }),
  };
}
