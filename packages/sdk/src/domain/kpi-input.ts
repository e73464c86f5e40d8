// A KPI's measurements as the rules see them: validated once, the months up to a date, aggregated the KPI's way.
import { IsoDate, Kpi, type KpiAggregation, type KpiRule, type Measurement } from '../schemas/index.js';
import { periodOfDate, parseIsoDate, yearOfPeriod } from './calendar.js';
import { invalidArgument, validateArgument } from './validate.js';

/**
 * Validate a KPI beyond its schema: the checks a rule needs to mean something.
 * Measurements must name distinct months of one year (a KPI belongs to one plan
 * year), `thresholds.atRisk` may not exceed `thresholds.onTrack`, and a rank is
 * never summed, so it takes whole numbers ≥ 1 and no `cumulative` aggregation.
 */
export function checkKpi(kpi: unknown, functionName: string): Kpi {
  const parsed = validateArgument(Kpi, kpi, functionName, 'kpi');
  const seen = new Set<string>();
  let year: number | null = null;
  parsed.measurements.forEach((measurement, index) => {
    const path = `kpi.measurements.${index}`;
    if (seen.has(measurement.period))
      invalidArgument(functionName, `${path}.period`, `duplicate period ${measurement.period}`);
    seen.add(measurement.period);
    const measurementYear = yearOfPeriod(measurement.period);
    if (year === null) year = measurementYear;
    else if (measurementYear !== year) {
      invalidArgument(
        functionName,
        `${path}.period`,
        `expected a month of ${year} like the other measurements, received ${measurement.period}`,
      );
    }
    if (parsed.rule.kind === 'rankOutsideTop' && !(Number.isInteger(measurement.value) && measurement.value >= 1)) {
      invalidArgument(functionName, `${path}.value`, `a rank is a whole number ≥ 1, received ${measurement.value}`);
    }
  });
  if (parsed.thresholds && parsed.thresholds.atRisk > parsed.thresholds.onTrack) {
    invalidArgument(
      functionName,
      'kpi.thresholds.atRisk',
      `expected at most onTrack (${parsed.thresholds.onTrack}), received ${parsed.thresholds.atRisk}`,
    );
  }
  if (parsed.rule.kind === 'rankOutsideTop' && parsed.aggregation === 'cumulative') {
    invalidArgument(functionName, 'kpi.aggregation', 'a rank cannot be cumulative: use "latest" or "ytd"');
  }
  if (parsed.rule.kind !== 'band' && parsed.rule.judge === 'everyMonth' && parsed.aggregation === 'cumulative') {
    invalidArgument(
      functionName,
      'kpi.rule.judge',
      'a cumulative KPI is judged on its running total: "everyMonth" needs a "latest" or "ytd" aggregation',
    );
  }
  checkLastYearMeasurements(parsed, year, functionName);
  return parsed;
}

/** Last year's months: distinct, of one year, the year before the measurements' when both exist. */
function checkLastYearMeasurements(kpi: Kpi, year: number | null, functionName: string): void {
  const seen = new Set<string>();
  let lastYear: number | null = year === null ? null : year - 1;
  kpi.lastYearMeasurements?.forEach((measurement, index) => {
    const path = `kpi.lastYearMeasurements.${index}.period`;
    if (seen.has(measurement.period)) invalidArgument(functionName, path, `duplicate period ${measurement.period}`);
    seen.add(measurement.period);
    const measurementYear = yearOfPeriod(measurement.period);
    if (lastYear === null) lastYear = measurementYear;
    else if (measurementYear !== lastYear)
      invalidArgument(functionName, path, `expected a month of ${lastYear}, received ${measurement.period}`);
  });
}

export function checkAsOf(asOf: unknown, functionName: string): string {
  return validateArgument(IsoDate, asOf, functionName, 'asOf');
}

/** The year a KPI's measurements belong to; without measurements, the year of `asOf`. */
export function kpiYear(kpi: Kpi, asOf: string): number {
  const first = kpi.measurements[0];
  return first ? yearOfPeriod(first.period) : parseIsoDate(asOf).year;
}

/**
 * Measurements of the months up to and including `asOf`'s month, oldest first.
 * The current month counts: its figure is month-to-date.
 */
export function measurementsThrough(kpi: Kpi, asOf: string): Measurement[] {
  const lastPeriod = periodOfDate(asOf);
  return kpi.measurements
    .filter((measurement) => measurement.period <= lastPeriod)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The running actual after each measurement: sums for cumulative KPIs, the figure itself otherwise. */
export function runningActuals(aggregation: KpiAggregation, measurements: readonly Measurement[]): number[] {
  let sum = 0;
  return measurements.map((measurement) => {
    switch (aggregation) {
      case 'cumulative':
        sum += measurement.value;
        return sum;
      case 'ytd':
      case 'latest':
        return measurement.value;
    }
  });
}

/** The number a rule compares the actual with: the target, or `n` for a rank rule. */
export function ruleTarget(rule: KpiRule): number {
  switch (rule.kind) {
    case 'atLeast':
    case 'atMost':
    case 'band':
      return rule.target;
    case 'rankOutsideTop':
      return rule.n;
  }
}

/** Only cumulative KPIs have a pace; a rank is never cumulative (checkKpi rejects it). */
export function hasPace(kpi: Pick<Kpi, 'rule' | 'aggregation'>): boolean {
  return kpi.aggregation === 'cumulative' && kpi.rule.kind !== 'rankOutsideTop';
}
