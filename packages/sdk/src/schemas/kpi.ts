// KPIs (主要预期目标): each with a rule that says what "met" means, and its monthly measurements.
import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, Period } from './common.js';
import { Vocabulary, vocabularyCode } from './vocabulary.js';

/**
 * Which months a rule judges. `latest` (the default): the actual as of the date, so a rate that
 * recovers counts as met. `everyMonth`: every measured month must meet the rule ("保持在95%以上",
 * "keep at 95 % or more"): one month that misses is a miss for the year. Only for KPIs that are not
 * `cumulative` (a running total is judged as a whole).
 */
export const KpiJudge = z.enum(['latest', 'everyMonth']);
export type KpiJudge = z.infer<typeof KpiJudge>;

/** Actual ≥ target ("增长X%以上"). */
export const AtLeastRule = z.object({ kind: z.literal('atLeast'), target: z.number(), judge: z.optional(KpiJudge) });
/** Actual ≤ target ("无重大事故" is `atMost(0)`). */
export const AtMostRule = z.object({ kind: z.literal('atMost'), target: z.number(), judge: z.optional(KpiJudge) });
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
  judge: z.optional(KpiJudge),
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

/**
 * The unit of a KPI's values: any well-formed code (see `VocabularyCode`). The SDK formats its
 * known units itself (`KNOWN_KPI_UNITS`: count 起, tenThousandCases 万箱, percent, rank 第N名,
 * yuan 元); any other unit is a number followed by its label from the data's `vocabulary.units`,
 * or by the code itself.
 */
export const KpiUnit = vocabularyCode();
export type KpiUnit = z.infer<typeof KpiUnit>;

/**
 * The KPI's category, which the panel groups by: any well-formed code. The known ones
 * (`KNOWN_KPI_CATEGORIES`: safety, sales, finance, market, enforcement) have labels in the SDK.
 */
export const KpiCategory = vocabularyCode();
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
   * The change on last year, null without both figures. With last year's monthly figures for the
   * same months (`basis` `samePeriod`): actual − last year's figure for the same period (the sum of
   * the same months for cumulative KPIs). Otherwise, for cumulative KPIs, actual − lastYear pro-rated
   * to `asOf` (`proRated`), and for the others actual − lastYear (`lastYear`). Counts (`count`) are
   * always whole: a pro-rated change of a count is rounded.
   */
  delta: z.nullable(z.number()),
  /** What `delta` compares with: `samePeriod`, `proRated` or `lastYear`; null when there is no delta. */
  deltaBasis: z.optional(z.nullable(z.enum(['samePeriod', 'proRated', 'lastYear']))),
  /** For rules judged on every month: the measured months that missed, oldest first (empty when none). */
  missedPeriods: z.optional(z.array(Period)),
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
  /**
   * Last year's monthly figures (periods of the previous year), when known: the change is then
   * taken on the same period ("较去年同期 +1 起") rather than pro-rated.
   */
  lastYearMeasurements: z.optional(z.array(Measurement)),
  /** Labels for this KPI's own category and unit codes (a server fills them from its plan's vocabulary). */
  vocabulary: z.optional(Vocabulary),
  /** Extra rule parameters: `thresholdWan`, the case value (万元) from which `major-cases` counts a case. */
  params: z.optional(z.catchall(z.object({ thresholdWan: z.optional(z.number()) }), z.number())),
  measurements: z.array(Measurement),
  /** Present when the server was asked to evaluate (`?asOf=`). */
  evaluation: z.optional(KpiEvaluation),
});
export type Kpi = z.infer<typeof Kpi>;
