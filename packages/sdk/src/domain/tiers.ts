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
}

const MONTHS_IN_YEAR = 12;

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
  z.strictObject({ months: z.optional(z.int().check(z.gte(0), z.lte(MONTHS_IN_YEAR))) }),
);

/** Sums for one tier, month by month so the month count can be chosen after the single pass. */
interface TierSums {
  count: number;
  marginSum: number;
  thisYear: Float64Array;
  lastYear: Float64Array;
  /** Retailers by the number of months of last year they have figures for (0…12). */
  lastYearLengths: Uint32Array;
}

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

function isAmount(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value !== Number.POSITIVE_INFINITY;
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
 * only for what the sums read (tier, order arrays, margin), in the same pass.
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
  const sums: TierSums[] = [];
  for (let tier = 0; tier <= tierCount; tier += 1) {
    sums.push({
      count: 0,
      marginSum: 0,
      thisYear: new Float64Array(MONTHS_IN_YEAR),
      lastYear: new Float64Array(MONTHS_IN_YEAR),
      lastYearLengths: new Uint32Array(MONTHS_IN_YEAR + 1),
    });
  }
  let longest = 0;
  const fail = (index: number, field: string, message: string): never =>
    invalidArgument('summarizeTiers', `retailers.${index}${field ? `.${field}` : ''}`, message);

  for (let index = 0; index < retailers.length; index += 1) {
    const retailer: unknown = retailers[index];
    if (typeof retailer !== 'object' || retailer === null)
      fail(index, '', `expected a retailer object, received ${describeReceived(retailer)}`);
    const { tier, ordersThisYear, ordersLastYear, grossMargin } = retailer as Partial<Record<keyof Retailer, unknown>>;
    if (typeof tier !== 'number' || !Number.isInteger(tier) || tier < 1 || tier > tierCount) {
      fail(
        index,
        'tier',
        `expected a tier from 1 to ${tierCount} of scheme "${checkedScheme.id}", received ${describeReceived(tier)}`,
      );
    }
    if (typeof grossMargin !== 'number' || !(grossMargin >= -1 && grossMargin <= 1)) {
      fail(index, 'grossMargin', `expected a fraction from -1 to 1, received ${describeReceived(grossMargin)}`);
    }
    if (!Array.isArray(ordersThisYear) || ordersThisYear.length > MONTHS_IN_YEAR) {
      fail(
        index,
        'ordersThisYear',
        `expected up to ${MONTHS_IN_YEAR} monthly amounts, received ${describeReceived(ordersThisYear)}`,
      );
    }
    if (!Array.isArray(ordersLastYear) || ordersLastYear.length > MONTHS_IN_YEAR) {
      fail(
        index,
        'ordersLastYear',
        `expected up to ${MONTHS_IN_YEAR} monthly amounts, received ${describeReceived(ordersLastYear)}`,
      );
    }
    const tierSums = sums[tier as number] as TierSums;
    tierSums.count += 1;
    tierSums.marginSum += grossMargin as number;
    const thisYear = ordersThisYear as unknown[];
    const lastYear = ordersLastYear as unknown[];
    if (thisYear.length > longest) longest = thisYear.length;
    tierSums.lastYearLengths[lastYear.length] = (tierSums.lastYearLengths[lastYear.length] ?? 0) + 1;
    for (let month = 0; month < thisYear.length; month += 1) {
      const amount = thisYear[month];
      if (!isAmount(amount))
        fail(index, `ordersThisYear.${month}`, `expected an amount ≥ 0, received ${describeReceived(amount)}`);
      tierSums.thisYear[month] = (tierSums.thisYear[month] ?? 0) + (amount as number);
    }
    for (let month = 0; month < lastYear.length; month += 1) {
      const amount = lastYear[month];
      if (!isAmount(amount))
        fail(index, `ordersLastYear.${month}`, `expected an amount ≥ 0, received ${describeReceived(amount)}`);
      tierSums.lastYear[month] = (tierSums.lastYear[month] ?? 0) + (amount as number);
    }
  }

  const months = checkedOptions?.months ?? longest;
  const tiers: TierSummary['tiers'] = [];
  const missing: number[] = [0];
  for (let tier = 1; tier <= tierCount; tier += 1) {
    const tierSums = sums[tier] as TierSums;
    let amount = 0;
    let amountLastYear = 0;
    for (let month = 0; month < months; month += 1) {
      amount += tierSums.thisYear[month] ?? 0;
      amountLastYear += tierSums.lastYear[month] ?? 0;
    }
    // Retailers with fewer months of last year than are compared: their growth cannot be told.
    let lacking = 0;
    for (let length = 0; length < months; length += 1) lacking += tierSums.lastYearLengths[length] ?? 0;
    missing.push(lacking);
    tiers.push({ tier, ...figuresOf(tierSums.count, amount, amountLastYear, tierSums.marginSum, lacking) });
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
      marginSum += (sums[tier] as TierSums).marginSum;
      lacking += missing[tier] ?? 0;
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
