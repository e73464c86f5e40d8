// KPIs (主要预期目标): each with a rule that says what "met" means, and its monthly measurements.
import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, Period } from './common.js';

/** Actual ≥ target ("增长X%以上"). */
export const AtLeastRule = z.object({ kind: z.literal('atLeast'), target: z.number() });
/** Actual ≤ target ("无重大事故" is `atMost(0)`). */
export const AtMostRule = z.object({ kind: z.literal('atMost'), target: z.number() });
/** |actual − target| ≤ tolerance × |target| ("与去年基本持平", tolerance 0.01 = ±1 %). */
export const BandRule = z.object({
  kind: z.literal('band'),
  target: z.number(),
  tolerance: z.number().check(z.gt(0), z.lte(1)),
});
/** A ranking where 1 is worst: met when the rank is outside the top `n` (value > n). */
export const RankOutsideTopRule = z.object({
  kind: z.literal('rankOutsideTop'),
  n: z.int().check(z.gte(1)),
});

export const KpiRule = z.discriminatedUnion('kind', [AtLeastRule, AtMostRule, BandRule, RankOutsideTopRule]);
export type KpiRule = z.infer<typeof KpiRule>;
export type KpiRuleKind = KpiRule['kind'];

/**
 * How monthly measurements become the actual value:
 * `cumulative` sums the months (counts, volumes), `ytd` takes the latest
 * year-to-date figure (growth rates), `latest` takes the latest month (rates, ranks).
 */
export const KpiAggregation = z.enum(['cumulative', 'ytd', 'latest']);
export type KpiAggregation = z.infer<typeof KpiAggregation>;

/** The unit of a KPI's values; drives formatting (万箱, %, 起, rank). */
export const KpiUnit = z.enum(['count', 'tenThousandCases', 'percent', 'rank', 'yuan']);
export type KpiUnit = z.infer<typeof KpiUnit>;

export const KpiCategory = z.enum(['safety', 'sales', 'finance', 'market', 'enforcement']);
export type KpiCategory = z.infer<typeof KpiCategory>;

/**
 * Where the bands between statuses lie, as fractions of the expected progress.
 * `onTrack` ≤ 1: at or above it the KPI is on track; at or above `atRisk` it is
 * at risk; below it, off track. Defaults: onTrack 0.95, atRisk 0.8.
 */
export const KpiThresholds = z.object({
  onTrack: z.number().check(z.gt(0), z.lte(1)),
  atRisk: z.number().check(z.gt(0), z.lte(1)),
});
export type KpiThresholds = z.infer<typeof KpiThresholds>;

export const Measurement = z.object({ period: Period, value: z.number() });
export type Measurement = z.infer<typeof Measurement>;

/** Body of `PUT …/measurements/{period}`. */
export const MeasurementInput = z.strictObject({ value: z.number() });
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export const KpiStatus = z.enum(['met', 'on-track', 'at-risk', 'off-track', 'no-data']);
export type KpiStatus = z.infer<typeof KpiStatus>;

/** What `evaluateKpi` returns, and what the server adds to a KPI for `?asOf=`. */
export const KpiEvaluation = z.object({
  kpiId: Id,
  asOf: IsoDate,
  /** Actual value as of the date; null when nothing has been measured yet. */
  actual: z.nullable(z.number()),
  /** The year-end target the rule compares against (the rank limit n for rank rules). */
  target: z.number(),
  /** Share of the target reached, 0…1+ (null without data or when a ratio means nothing, as for atMost(0)). */
  progress: z.nullable(z.number()),
  /** For cumulative KPIs: what the actual should be by `asOf` on a straight-line pace. */
  expected: z.nullable(z.number()),
  status: KpiStatus,
  /** The rule in words, in each locale ("≥ 5%", "与上年基本持平 ±1%"). */
  ruleText: LocalizedText,
  /** Last measured period included, e.g. `2020-06`. */
  period: z.nullable(Period),
  lastYear: z.nullable(z.number()),
  /**
   * actual − lastYear when both exist; for cumulative KPIs, actual − lastYear pro-rated to `asOf`
   * (lastYear × days elapsed / days in the year), so a mid-year total is compared like for like.
   */
  delta: z.nullable(z.number()),
});
export type KpiEvaluation = z.infer<typeof KpiEvaluation>;

export const Kpi = z.object({
  id: Id,
  planId: Id,
  name: LocalizedText,
  /** The seed's own wording of the objective. */
  statement: z.optional(LocalizedText),
  category: KpiCategory,
  unit: KpiUnit,
  rule: KpiRule,
  aggregation: KpiAggregation,
  thresholds: z.optional(KpiThresholds),
  /** Last year's actual for the same aggregation (null when unknown). */
  lastYear: z.nullable(z.number()),
  /** Extra rule parameters: `thresholdWan`, the case value (万元) from which `major-cases` counts a case. */
  params: z.optional(z.catchall(z.object({ thresholdWan: z.optional(z.number()) }), z.number())),
  measurements: z.array(Measurement),
  /** Present when the server was asked to evaluate (`?asOf=`). */
  evaluation: z.optional(KpiEvaluation),
});
export type Kpi = z.infer<typeof Kpi>;
