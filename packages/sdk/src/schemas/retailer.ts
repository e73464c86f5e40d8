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
  /** 1 … scheme.tiers; which end is the lowest is the scheme's `numbering`. */
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

/**
 * A tier band's code: an open vocabulary. Any well-formed code (lower-case letters, digits, `-`, `_`, `.`;
 * 1–64 characters) is a band; `low`, `mid` and `high` are the common ones and have built-in labels.
 */
export const TierBandId = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/));
export type TierBandId = z.infer<typeof TierBandId>;

/** Which end of the numbering is the lowest tier: `ascending` (1 lowest, the default) or `descending` (1 highest). */
export const TierNumbering = z.enum(['ascending', 'descending']);
export type TierNumbering = z.infer<typeof TierNumbering>;

export const TierBand = z.object({
  id: TierBandId,
  /** The band's name; without one, a known code shows its built-in label and any other code shows as written. */
  name: z.optional(LocalizedText),
  /** Lowest tier number in the band, inclusive. */
  from: z.int().check(z.gte(1)),
  /** Highest tier number in the band, inclusive. */
  to: z.int().check(z.gte(1)),
  /** Target YoY growth of the band's order amount, as a fraction (0.03 = 3 %): a reference line. */
  growthTarget: z.optional(z.number().check(z.gte(-1), z.lte(100))),
  /** Target gross margin of the band's retailers, as a fraction: a reference line. */
  marginTarget: z.optional(z.number().check(z.gte(-1), z.lte(1))),
});
export type TierBand = z.infer<typeof TierBand>;

/** Which tiers exist and how they group into bands. Data, not a constant. */
export const TierScheme = z.object({
  id: Id,
  tiers: z.int().check(z.gte(1), z.lte(100)),
  /** Default `ascending`: tier 1 is the lowest. */
  numbering: z.optional(TierNumbering),
  bands: z.array(TierBand).check(z.minLength(1), z.maxLength(100)),
  /** The band the QC project targets. */
  targetBand: TierBandId,
});
export type TierScheme = z.infer<typeof TierScheme>;

/** Figures for one tier or band. Amounts in yuan; growth and margin as fractions. */
export const TierFigures = z.object({
  count: z.int().check(z.gte(0)),
  orderAmount: z.number().check(z.gte(0)),
  orderAmountLastYear: z.number().check(z.gte(0)),
  /**
   * Retailers without last year's figure for every month compared (new shops, gaps in the data). Their
   * growth cannot be told, so `yoyGrowth` is null while any is counted here. Absent means 0.
   */
  lastYearMissing: z.optional(z.int().check(z.gte(0))),
  /** (this − last) / last; null when last year is 0 or figures are missing (`lastYearMissing`). */
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
  /** The grid the summary covers, when it covers one (`?grid=`); absent for all grids. */
  grid: z.optional(z.object({ id: Id, name: LocalizedText })),
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
