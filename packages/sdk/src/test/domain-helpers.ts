// Builders and assertions shared by the domain tests (not exported from the package).
// No Node imports: the declaration build (tsconfig.build.json, no Node types) also compiles this file.
import type { Kpi, KpiAggregation, KpiRule, KpiThresholds, KpiUnit, Measurement, Retailer } from '../schemas/index.js';
import { ValidationError } from '../errors/index.js';

export interface KpiShape {
  rule: KpiRule;
  aggregation?: KpiAggregation;
  unit?: KpiUnit;
  measurements?: Measurement[];
  thresholds?: KpiThresholds;
  lastYear?: number | null;
  lastYearMeasurements?: Measurement[];
}

export function makeKpi(shape: KpiShape): Kpi {
  const kpi: Kpi = {
    id: 'test-kpi',
    planId: 'test-plan',
    name: { zh: '测试指标', en: 'Test KPI' },
    category: 'sales',
    unit: shape.unit ?? 'count',
    rule: shape.rule,
    aggregation: shape.aggregation ?? 'cumulative',
    lastYear: shape.lastYear === undefined ? null : shape.lastYear,
    measurements: shape.measurements ?? [],
  };
  if (shape.thresholds) kpi.thresholds = shape.thresholds;
  if (shape.lastYearMeasurements) kpi.lastYearMeasurements = shape.lastYearMeasurements;
  return kpi;
}

/**
 * A maker of retailers in grid g1 numbered r1, r2… in the order made (each maker counts on its own), with the
 * tier, monthly orders and margin given; the business type and area are the maker's.
 */
export function retailerMaker(
  where: Pick<Retailer, 'businessType' | 'area'>,
): (tier: number, ordersThisYear: number[], ordersLastYear: number[], grossMargin: number) => Retailer {
  let nextId = 0;
  return (tier, ordersThisYear, ordersLastYear, grossMargin) => {
    nextId += 1;
    return {
      id: `r${nextId}`,
      licence: `L${nextId}`,
      name: `Shop ${nextId}`,
      ...where,
      gridId: 'g1',
      location: [117.2, 31.8],
      tier,
      ordersThisYear,
      ordersLastYear,
      grossMargin,
      groupMember: false,
      pioneerStore: false,
      insideSchoolRedLine: false,
    };
  };
}

/** Assert that `run` throws a ValidationError whose path is `path` (and whose message matches `mentions`, if given). */
export function assertValidationError(run: () => unknown, path: string, mentions?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${thrown === undefined ? 'no error' : String(thrown)}`);
  if (thrown.path !== path) throw new Error(`expected the path "${path}", got "${thrown.path}" (${thrown.message})`);
  if (mentions && !mentions.test(thrown.message))
    throw new Error(`expected the message to match ${String(mentions)}: ${thrown.message}`);
}
