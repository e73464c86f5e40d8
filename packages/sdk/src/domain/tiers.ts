// Retailer tiers (档位): the scheme (open band vocabulary, numbering direction, band targets), which band a
// tier is in, and per-tier/per-band figures for the mid-scale profit project.
import * as z from 'zod/mini';
import {
  TierScheme,
  TierSummary as TierSummarySchema,
  type Retailer,
  type TierBand,
  type TierBandId,
  type TierFigures,
  type TierSummary,
} from '../schemas/index.js';
import { describeReceived, invalidArgument, validateArgument } from './validate.js';

/**
 * The common scheme: 30 tiers, 1 lowest, in low 1–10, mid 11–20 and high 21–30; the QC project targets
 * the mid band. Band targets: the plan's retailer gross margin (≥ 12 %) for every band, and an
 * illustrative 3 % order growth for the mid band (the seed writes it as "X").
 */
export const DEFAULT_TIER_SCHEME: TierScheme = /* @__PURE__ */ deepFreeze({
  id: 'tiers-30',
  tiers: 30,
  numbering: 'ascending',
  bands: [
    { id: 'low', name: { zh: '低档', en: 'Low' }, from: 1, to: 10, marginTarget: 0.12 },
    { id: 'mid', name: { zh: '中档', en: 'Mid' }, from: 11, to: 20, growthTarget: 0.03, marginTarget: 0.12 },
    { id: 'high', name: { zh: '高档', en: 'High' }, from: 21, to: 30, marginTarget: 0.12 },
  ],
  targetBand: 'mid',
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Built-in labels of the common band codes; any other code without a name shows as written. */
const KNOWN_BAND_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  low: { zh: '低档', en: 'Low' },
  mid: { zh: '中档', en: 'Mid' },
  high: { zh: '高档', en: 'High' },
};

/** A band's label in `locale` (`zh-CN`/`zh…` or `en…`): its own name, else the built-in label of a known code, else the code. */
export function bandLabel(band: Pick<TierBand, 'id' | 'name'>, locale: string): string {
  const text = band.name ?? KNOWN_BAND_LABELS[band.id];
  if (text === undefined) return band.id;
  return locale.toLowerCase().startsWith('en') ? text.en : text.zh;
}

/** The tier numbers from the lowest tier to the highest, as the scheme's `numbering` says. */
export function tiersLowToHigh(scheme: TierScheme): number[] {
  const checked = checkTierScheme(scheme, 'tiersLowToHigh');
  const tiers = Array.from({ length: checked.tiers }, (_, index) => index + 1);
  return checked.numbering === 'descending' ? tiers.reverse() : tiers;
}

export interface TierSummaryOptions {
  /** Months of the year to include, January first; default: the longest `ordersThisYear` among the retailers. */
  months?: number;
  /**
   * Only the retailers of this grid (`Retailer.gridId`): filtered in the same pass, without a filtered copy
   * of the list. Default: every retailer.
   */
  gridId?: string;
}

const MONTHS_IN_YEAR = 12;
const MAX_AMOUNT = Number.MAX_VALUE;

// Schemes are validated once per object: bandOfTier runs per retailer in list filters and would otherwise re-parse each time.
const checkedSchemes = new WeakMap<object, TierScheme>();

/**
 * Validate a tier scheme: its schema, plus bands inside 1…tiers, from ≤ to,
 * no tier in two bands, distinct band ids and a target band that exists.
 * Tiers in no band are allowed: they count in the tiers and totals only.
 */
export function checkTierScheme(scheme: unknown, functionName: string, argumentName = 'scheme'): TierScheme {
  if (typeof scheme === 'object' && scheme !== null) {
    const known = checkedSchemes.get(scheme);
    if (known) return known;
  }
  const parsed = validateArgument(TierScheme, scheme, functionName, argumentName);
  const owner: Array<TierBandId | undefined> = [];
  const ids = new Set<string>();
  parsed.bands.forEach((band, index) => {
    const path = `${argumentName}.bands.${index}`;
    if (ids.has(band.id)) invalidArgument(functionName, `${path}.id`, `duplicate band "${band.id}"`);
    ids.add(band.id);
    if (band.from > band.to)
      invalidArgument(functionName, `${path}.to`, `expected at least from (${band.from}), received ${band.to}`);
    if (band.to > parsed.tiers)
      invalidArgument(
        functionName,
        `${path}.to`,
        `expected at most the scheme's ${parsed.tiers} tiers, received ${band.to}`,
      );
    for (let tier = band.from; tier <= band.to; tier += 1) {
      const other = owner[tier];
      if (other) invalidArgument(functionName, path, `tier ${tier} is already in band "${other}"`);
      owner[tier] = band.id;
    }
  });
  if (!ids.has(parsed.targetBand)) {
    invalidArgument(functionName, `${argumentName}.targetBand`, `no band "${parsed.targetBand}" in the scheme`);
  }
  if (typeof scheme === 'object' && scheme !== null) checkedSchemes.set(scheme, parsed);
  return parsed;
}

function bandOfCheckedTier(scheme: TierScheme, tier: number): TierBandId | null {
  for (const band of scheme.bands) if (tier >= band.from && tier <= band.to) return band.id;
  return null;
}

/**
 * A lookup from tier number to its band (or null), for colouring many points by band: the scheme is
 * checked once, then each call is an array read. Throws for a tier outside 1…scheme.tiers.
 */
export function tierBandLookup(scheme: TierScheme): (tier: number) => TierBand | null {
  const checked = checkTierScheme(scheme, 'tierBandLookup');
  const table: Array<TierBand | null> = [null];
  for (let tier = 1; tier <= checked.tiers; tier += 1)
    table.push(checked.bands.find((band) => tier >= band.from && tier <= band.to) ?? null);
  return (tier) => {
    const band = Number.isInteger(tier) ? table[tier] : undefined;
    if (band === undefined || tier < 1)
      invalidArgument(
        'tierBandLookup',
        'tier',
        `expected a whole number from 1 to ${checked.tiers}, received ${describeReceived(tier)}`,
      );
    return band;
  };
}

/** The band a tier belongs to, or null when the scheme leaves it out of every band. Throws for a tier outside 1…scheme.tiers. */
export function bandOfTier(scheme: TierScheme, tier: number): TierBandId | null {
  const checked = checkTierScheme(scheme, 'bandOfTier');
  if (!Number.isInteger(tier) || tier < 1 || tier > checked.tiers) {
    invalidArgument(
      'bandOfTier',
      'tier',
      `expected a whole number from 1 to ${checked.tiers}, received ${describeReceived(tier)}`,
    );
  }
  return bandOfCheckedTier(checked, tier);
}

const Year = z.int().check(z.gte(2000), z.lte(2100));
const SummaryOptions = z.optional(
  z.strictObject({
    months: z.optional(z.int().check(z.gte(0), z.lte(MONTHS_IN_YEAR))),
    gridId: z.optional(z.string()),
  }),
);

function figuresOf(
  count: number,
  orderAmount: number,
  orderAmountLastYear: number,
  marginSum: number,
  lastYearMissing: number,
): TierFigures {
  return {
    count,
    orderAmount,
    orderAmountLastYear,
    lastYearMissing,
    yoyGrowth:
      orderAmountLastYear === 0 || lastYearMissing > 0
        ? null
        : (orderAmount - orderAmountLastYear) / orderAmountLastYear,
    grossMargin: count === 0 ? null : marginSum / count,
  };
}

/**
 * The sums of one pass, in columns (typed arrays indexed by tier, or tier × months of last year): no object
 * per tier or retailer, so the loop over 100,000 retailers only reads their fields and adds.
 */
interface Columns {
  count: Float64Array;
  marginSum: Float64Array;
  /** Order amounts this year over the months compared, by tier. */
  thisYear: Float64Array;
  /** Order amounts last year over the months compared, by tier. */
  lastYear: Float64Array;
  /** Retailers with fewer months of last year than are compared, by tier. */
  lastYearMissing: Float64Array;
}

const isRetailerOf = (retailer: unknown, gridId: string | undefined): boolean =>
  gridId === undefined ||
  (typeof retailer === 'object' && retailer !== null && 'gridId' in retailer && retailer.gridId === gridId);

/** The longest `ordersThisYear` (at most 12) among the retailers summarised: the default months compared. */
function longestThisYear(retailers: readonly Retailer[], gridId: string | undefined): number {
  let longest = 0;
  for (let index = 0; index < retailers.length; index += 1) {
    const retailer = retailers[index];
    if (!isRetailerOf(retailer, gridId)) continue;
    const now: unknown = (retailer as Partial<Retailer> | null | undefined)?.ordersThisYear;
    if (Array.isArray(now) && now.length > longest) longest = Math.min(now.length, MONTHS_IN_YEAR);
  }
  return longest;
}

/**
 * Sums the retailers (of one grid, when `gridId` is given) over the first `months` months into columns,
 * checking each field it reads (every month, compared or not): a bad one throws a ValidationError naming
 * `retailers.N.field`, before any figure is drawn from it.
 */
function sumColumns(
  retailers: readonly Retailer[],
  scheme: TierScheme,
  months: number,
  gridId: string | undefined,
): Columns {
  const tierCount = scheme.tiers;
  const size = tierCount + 1;
  const columns: Columns = {
    count: new Float64Array(size),
    marginSum: new Float64Array(size),
    thisYear: new Float64Array(size),
    lastYear: new Float64Array(size),
    lastYearMissing: new Float64Array(size),
  };
  const { count, marginSum, thisYear, lastYear, lastYearMissing } = columns;
  for (let index = 0; index < retailers.length; index += 1) {
    const retailer = retailers[index] as Partial<Record<keyof Retailer, unknown>> | null | undefined;
    if (typeof retailer !== 'object' || retailer === null) badRetailer(index, '', retailer, scheme);
    if (gridId !== undefined && retailer.gridId !== gridId) continue;
    const tier = retailer.tier;
    if (typeof tier !== 'number' || !Number.isInteger(tier) || tier < 1 || tier > tierCount)
      badRetailer(index, 'tier', tier, scheme);
    const margin = retailer.grossMargin;
    if (typeof margin !== 'number' || !(margin >= -1 && margin <= 1)) badRetailer(index, 'grossMargin', margin, scheme);
    const now = retailer.ordersThisYear;
    if (!Array.isArray(now) || now.length > MONTHS_IN_YEAR) badRetailer(index, 'ordersThisYear', now, scheme);
    const before = retailer.ordersLastYear;
    if (!Array.isArray(before) || before.length > MONTHS_IN_YEAR) badRetailer(index, 'ordersLastYear', before, scheme);
    const sumNow = sumOfMonths(now, months, index, 'ordersThisYear', scheme);
    const sumBefore = sumOfMonths(before, months, index, 'ordersLastYear', scheme);
    count[tier] = (count[tier] ?? 0) + 1;
    marginSum[tier] = (marginSum[tier] ?? 0) + margin;
    thisYear[tier] = (thisYear[tier] ?? 0) + sumNow;
    lastYear[tier] = (lastYear[tier] ?? 0) + sumBefore;
    if (before.length < months) lastYearMissing[tier] = (lastYearMissing[tier] ?? 0) + 1;
  }
  return columns;
}

/** The sum of a retailer's first `months` monthly amounts, checking every month it has. */
function sumOfMonths(
  orders: readonly unknown[],
  months: number,
  index: number,
  field: 'ordersThisYear' | 'ordersLastYear',
  scheme: TierScheme,
): number {
  let sum = 0;
  for (let month = 0; month < orders.length; month += 1) {
    const amount: unknown = orders[month];
    // ≥ 0 and finite; NaN fails the comparison. (A module constant: a property read per month is slow until optimised.)
    if (typeof amount !== 'number' || !(amount >= 0 && amount <= MAX_AMOUNT))
      badRetailer(index, `${field}.${month}`, amount, scheme);
    if (month < months) sum += amount;
  }
  return sum;
}

/** Throws the ValidationError for retailer `index`'s `field` (kept out of the loop, which only calls it). */
function badRetailer(index: number, field: string, received: unknown, scheme: TierScheme): never {
  const what = describeReceived(received);
  let message: string;
  if (field === '') message = `expected a retailer object, received ${what}`;
  else if (field === 'tier')
    message = `expected a tier from 1 to ${scheme.tiers} of scheme "${scheme.id}", received ${what}`;
  else if (field === 'grossMargin') message = `expected a fraction from -1 to 1, received ${what}`;
  else if (field === 'ordersThisYear' || field === 'ordersLastYear')
    message = `expected up to ${MONTHS_IN_YEAR} monthly amounts, received ${what}`;
  else message = `expected an amount ≥ 0, received ${what}`;
  invalidArgument('summarizeTiers', `retailers.${index}${field ? `.${field}` : ''}`, message);
}

/**
 * Per tier and per band: retailer count, order amount over the first `months`
 * months of this year and of last year, YoY growth and mean gross margin.
 * Totals and bands are sums of the tiers, so they always add up. A retailer
 * with fewer months of last year than are compared is counted in
 * `lastYearMissing`, and the growth of its tier, band and the totals is null
 * ("no data") rather than a figure inflated by the missing months.
 *
 * Built for 100,000 retailers: the scheme is validated fully, each retailer
 * only for what the sums read (tier, order arrays, margin), in the same single
 * pass, which adds into typed-array columns (tier × month) and allocates
 * nothing per retailer. `options.gridId` keeps one grid's retailers in that
 * pass, without copying the list.
 */
export function summarizeTiers(
  retailers: readonly Retailer[],
  scheme: TierScheme,
  year: number,
  options?: TierSummaryOptions,
): TierSummary {
  const checkedScheme = checkTierScheme(scheme, 'summarizeTiers');
  const checkedYear = validateArgument(Year, year, 'summarizeTiers', 'year');
  const checkedOptions = validateArgument(SummaryOptions, options, 'summarizeTiers', 'options');
  if (!Array.isArray(retailers))
    invalidArgument('summarizeTiers', 'retailers', `expected an array, received ${describeReceived(retailers)}`);

  const tierCount = checkedScheme.tiers;
  const gridId = checkedOptions?.gridId;
  // The months compared are known before the pass (the longest this year's, unless chosen), so each
  // retailer's months add up in locals and its tier's columns take one addition each.
  const months = checkedOptions?.months ?? longestThisYear(retailers, gridId);
  const columns = sumColumns(retailers, checkedScheme, months, gridId);
  const tiers: TierSummary['tiers'] = [];
  for (let tier = 1; tier <= tierCount; tier += 1) {
    const figures = figuresOf(
      columns.count[tier] ?? 0,
      columns.thisYear[tier] ?? 0,
      columns.lastYear[tier] ?? 0,
      columns.marginSum[tier] ?? 0,
      columns.lastYearMissing[tier] ?? 0,
    );
    tiers.push({ tier, ...figures });
  }

  const sumTiers = (from: number, to: number): TierFigures => {
    let count = 0;
    let amount = 0;
    let amountLastYear = 0;
    let marginSum = 0;
    let lacking = 0;
    for (let tier = from; tier <= to; tier += 1) {
      const figures = tiers[tier - 1];
      if (!figures) continue;
      count += figures.count;
      amount += figures.orderAmount;
      amountLastYear += figures.orderAmountLastYear;
      marginSum += columns.marginSum[tier] ?? 0;
      lacking += columns.lastYearMissing[tier] ?? 0;
    }
    return figuresOf(count, amount, amountLastYear, marginSum, lacking);
  };

  return {
    year: checkedYear,
    months,
    scheme: checkedScheme,
    tiers,
    bands: checkedScheme.bands.map((band) => ({ band: band.id, ...sumTiers(band.from, band.to) })),
    totals: sumTiers(1, tierCount),
  };
}

const SUBJECT_SUMMARY = 'summary';

/**
 * Validate a tier summary (from a server, or built elsewhere) before drawing it: its schema, its scheme
 * (as `checkTierScheme`), one row per tier 1…tiers in order, and one row per band of the scheme in the
 * scheme's order. A summary that fails says where (`summary.tiers.3.tier`), so no bar is drawn wrong.
 */
export function checkTierSummary(summary: unknown, functionName: string, argumentName = SUBJECT_SUMMARY): TierSummary {
  const parsed = validateArgument(TierSummarySchema, summary, functionName, argumentName);
  const scheme = checkTierScheme(parsed.scheme, functionName, `${argumentName}.scheme`);
  if (parsed.tiers.length !== scheme.tiers)
    invalidArgument(
      functionName,
      `${argumentName}.tiers`,
      `expected one row per tier of scheme "${scheme.id}" (${scheme.tiers}), received ${parsed.tiers.length}`,
    );
  parsed.tiers.forEach((row, index) => {
    if (row.tier !== index + 1)
      invalidArgument(
        functionName,
        `${argumentName}.tiers.${index}.tier`,
        `expected tier ${index + 1} (rows in tier order, within the scheme), received ${row.tier}`,
      );
  });
  if (parsed.bands.length !== scheme.bands.length)
    invalidArgument(
      functionName,
      `${argumentName}.bands`,
      `expected one row per band of the scheme (${scheme.bands.length}), received ${parsed.bands.length}`,
    );
  parsed.bands.forEach((row, index) => {
    const band = scheme.bands[index];
    if (band !== undefined && row.band !== band.id)
      invalidArgument(
        functionName,
        `${argumentName}.bands.${index}.band`,
        `expected band "${band.id}" of the scheme, received "${row.band}"`,
      );
  });
  return { ...parsed, scheme };
}
