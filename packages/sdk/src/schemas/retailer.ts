// Retailers (零售户), the tier scheme (档位) and the per-tier summary of the mid-scale profit project.
import * as z from 'zod/mini';
import { Id, SearchText, LocalizedText } from './common.js';
import { Position } from './grid.js';

export const BusinessType = z.enum(['convenience', 'supermarket', 'tobacco-liquor', 'grocery', 'catering', 'other']);
export type BusinessType = z.infer<typeof BusinessType>;

const MonthlyAmounts = z.array(z.number().check(z.gte(0))).check(z.maxLength(12));

export const Retailer = z.object({
  id: Id,
  /** 许可证号 */
  licence: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  businessType: BusinessType,
  area: z.enum(['urban', 'rural']),
  gridId: Id,
  location: Position,
  /** 1 (lowest) … scheme.tiers (highest). */
  tier: z.int().check(z.gte(1), z.lte(100)),
  /** Monthly order amounts in yuan, January first; this year up to the latest month. */
  ordersThisYear: MonthlyAmounts,
  /** Monthly order amounts in yuan, last year, January first. */
  ordersLastYear: MonthlyAmounts,
  /** Overall gross margin as a fraction (0.12 = 12 %). */
  grossMargin: z.number().check(z.gte(-1), z.lte(1)),
  /** Member of a self-discipline mutual-aid group (自律互助小组). */
  groupMember: z.boolean(),
  /** 党员先锋店 */
  pioneerStore: z.boolean(),
  /** Inside a primary/secondary school red line (to be cleared). */
  insideSchoolRedLine: z.boolean(),
});
export type Retailer = z.infer<typeof Retailer>;

export const TierBandId = z.enum(['low', 'mid', 'high']);
export type TierBandId = z.infer<typeof TierBandId>;

export const TierBand = z.object({
  id: TierBandId,
  name: LocalizedText,
  /** Lowest tier in the band, inclusive. */
  from: z.int().check(z.gte(1)),
  /** Highest tier in the band, inclusive. */
  to: z.int().check(z.gte(1)),
});
export type TierBand = z.infer<typeof TierBand>;

/** Which tiers exist and how they group into bands. Data, not a constant. */
export const TierScheme = z.object({
  id: Id,
  tiers: z.int().check(z.gte(1), z.lte(100)),
  bands: z.array(TierBand).check(z.minLength(1)),
  /** The band the QC project targets. */
  targetBand: TierBandId,
});
export type TierScheme = z.infer<typeof TierScheme>;

/** Figures for one tier or band. Amounts in yuan; growth and margin as fractions. */
export const TierFigures = z.object({
  count: z.int().check(z.gte(0)),
  orderAmount: z.number(),
  orderAmountLastYear: z.number(),
  /** (this − last) / last; null when last year is 0. */
  yoyGrowth: z.nullable(z.number()),
  /** Mean gross margin of the retailers; null when there are none. */
  grossMargin: z.nullable(z.number()),
});
export type TierFigures = z.infer<typeof TierFigures>;

export const TierSummary = z.object({
  year: z.int(),
  /** Months of this year included (comparisons use the same months of last year). */
  months: z.int().check(z.gte(0), z.lte(12)),
  scheme: TierScheme,
  tiers: z.array(z.object({ ...TierFigures.shape, tier: z.int().check(z.gte(1)) })),
  bands: z.array(z.object({ ...TierFigures.shape, band: TierBandId })),
  totals: TierFigures,
});
export type TierSummary = z.infer<typeof TierSummary>;

/** Filters of `GET /retailers`. */
export const RetailerQuery = z.strictObject({
  tier: z.optional(z.int().check(z.gte(1), z.lte(100))),
  band: z.optional(TierBandId),
  grid: z.optional(Id),
  q: z.optional(SearchText),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type RetailerQuery = z.infer<typeof RetailerQuery>;
