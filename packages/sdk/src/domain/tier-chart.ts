// The retailer-tier chart's geometry and the band summary's comparisons, as pure functions: the element
// only draws what these return (bars per tier, shaded bands, nice ticks, target reference lines).
import type { TierBand, TierBandId, TierFigures, TierSummary } from '../schemas/index.js';
import { checkTierSummary, tiersLowToHigh } from './tiers.js';
import { describeReceived, invalidArgument } from './validate.js';

/** What the bars show: retailers per tier, YoY growth of the order amount, or mean gross margin. */
export type TierMetric = 'count' | 'order-growth' | 'gross-margin';
export const TIER_METRICS: readonly TierMetric[] = /* @__PURE__ */ Object.freeze([
  'count',
  'order-growth',
  'gross-margin',
]);

/** The figure a metric reads; null is "no data" (no retailers, no last-year base, missing last-year months). */
export function tierMetricValue(figures: TierFigures, metric: TierMetric): number | null {
  switch (metric) {
    case 'count':
      return figures.count;
    case 'order-growth':
      return figures.yoyGrowth;
    case 'gross-margin':
      return figures.count === 0 ? null : figures.grossMargin;
  }
}

/** The band's target for a metric (growth or margin), or null when the scheme gives none (never for counts). */
export function bandTarget(band: TierBand, metric: TierMetric): number | null {
  if (metric === 'order-growth') return band.growthTarget ?? null;
  if (metric === 'gross-margin') return band.marginTarget ?? null;
  return null;
}

export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** min, min + step, … max. */
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 2.5, 5, 10];
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * A scale covering `values` and zero, with round ticks (1, 2, 2.5 or 5 × 10ⁿ) about `ticks` of them. An
 * empty or flat set gives 0…1 (or the value's side of zero). Throws for a value that is not finite.
 */
export function niceScale(values: readonly number[], ticks = 5): NiceScale {
  let low = 0;
  let high = 0;
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      invalidArgument('niceScale', `values.${index}`, `expected a finite number, received ${describeReceived(value)}`);
    if (value < low) low = value;
    if (value > high) high = value;
  });
  if (low === high) high = 1;
  const rough = Math.max(high - low, 1e-9) / Math.max(1, ticks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = clean((STEPS.find((candidate) => candidate * power >= rough * 0.9999) ?? 10) * power);
  // Ticks are whole multiples of the step. The fudge keeps float noise (0.30000000000000004 / 0.1) from
  // adding a step; the checks after it keep every value inside.
  let first = Math.floor(low / step + 1e-9);
  let last = Math.ceil(high / step - 1e-9);
  if (first * step > low) first -= 1;
  if (last * step < high) last += 1;
  const list: number[] = [];
  for (let index = first; index <= last; index += 1) list.push(clean(index * step));
  const min = list[0] ?? 0;
  const max = list[list.length - 1] ?? 1;
  return { min, max, step, ticks: list };
}

export interface TierBar {
  readonly tier: number;
  /** Place from the left (0 = the lowest tier). */
  readonly position: number;
  readonly band: TierBandId | null;
  readonly target: boolean;
  readonly value: number | null;
  readonly figures: TierFigures;
  /** The bar's rectangle; for "no data" a zero-height bar at the zero line. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Whether its tier number is written under the axis (every tier when they fit). */
  readonly labelled: boolean;
}

export interface TierBandArea {
  readonly band: TierBand;
  readonly target: boolean;
  /** The shaded range behind the band's bars. */
  readonly x: number;
  readonly width: number;
  /** Tier numbers from its lowest to its highest tier. */
  readonly tiers: readonly number[];
}

export interface TierReference {
  readonly band: TierBandId;
  readonly value: number;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
}

export interface TierChart {
  readonly metric: TierMetric;
  readonly width: number;
  readonly height: number;
  readonly scale: NiceScale;
  /** y of each tick, in scale order. */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
  /** y of the zero line. */
  readonly zeroY: number;
  /** Bars from the lowest tier to the highest (the scheme's numbering decides which number that is). */
  readonly bars: readonly TierBar[];
  /** Bands from the lowest to the highest, each with its shaded range. */
  readonly bands: readonly TierBandArea[];
  /** The bands' targets for this metric, as lines across their range. */
  readonly references: readonly TierReference[];
}

export interface TierChartOptions {
  /** Plot width and height in drawing units. Default 600 × 200. */
  readonly width?: number;
  readonly height?: number;
  /** Narrowest space a tier label needs; labels are thinned to every 2nd, 5th, 10th… tier below it. Default 16. */
  readonly labelSpacing?: number;
}

/** Gap on each side of a bar, as a share of its slot. */
const BAR_GAP = 0.15;

const checkedSummaries = new WeakMap<object, TierSummary>();

/** checkTierSummary once per summary object: a metric switch redraws without parsing again. */
function checkedSummary(summary: TierSummary): TierSummary {
  if (typeof summary === 'object' && summary !== null) {
    const known = checkedSummaries.get(summary);
    if (known) return known;
  }
  const checked = checkTierSummary(summary, 'tierChart');
  if (typeof summary === 'object' && summary !== null) checkedSummaries.set(summary, checked);
  checkedSummaries.set(checked, checked);
  return checked;
}

/**
 * The chart of a tier summary for a metric: one bar per tier from the lowest to the highest, the bands
 * shaded behind them, nice ticks covering the bars, zero and the targets, and a reference line per band
 * target. The summary is checked first (`checkTierSummary`): bad input throws a ValidationError.
 */
export function tierChart(summary: TierSummary, metric: TierMetric, options: TierChartOptions = {}): TierChart {
  if (!TIER_METRICS.includes(metric))
    invalidArgument(
      'tierChart',
      'metric',
      `expected one of ${TIER_METRICS.join(', ')}, received ${describeReceived(metric)}`,
    );
  const checked = checkedSummary(summary);
  const { scheme } = checked;
  const width = options.width ?? 600;
  const height = options.height ?? 200;
  const order = tiersLowToHigh(scheme);
  const slot = width / order.length;
  const positionOf: number[] = [];
  order.forEach((tier, position) => (positionOf[tier] = position));

  const bandOf: Array<TierBand | undefined> = [];
  for (const band of scheme.bands) for (let tier = band.from; tier <= band.to; tier += 1) bandOf[tier] = band;

  const values = order.map((tier) => tierMetricValue(checked.tiers[tier - 1] as TierFigures, metric));
  const targets = scheme.bands.flatMap((band) => {
    const value = bandTarget(band, metric);
    return value === null ? [] : [{ band, value }];
  });
  const scale = niceScale([
    ...values.filter((value): value is number => value !== null),
    ...targets.map((t) => t.value),
  ]);
  const yOf = (value: number): number => height - ((value - scale.min) / (scale.max - scale.min)) * height;
  const zeroY = yOf(0);
  let every = 1;
  for (const step of [1, 2, 5, 10, 20, 50]) {
    every = step;
    if (slot * step >= (options.labelSpacing ?? 16)) break;
  }

  const bars: TierBar[] = order.map((tier, position) => {
    const band = bandOf[tier];
    const value = values[position] ?? null;
    const y = value === null ? zeroY : Math.min(yOf(value), zeroY);
    return {
      tier,
      position,
      band: band?.id ?? null,
      target: band?.id === scheme.targetBand,
      value,
      figures: checked.tiers[tier - 1] as TierFigures,
      x: position * slot + slot * BAR_GAP,
      y,
      width: slot * (1 - 2 * BAR_GAP),
      height: value === null ? 0 : Math.abs(yOf(value) - zeroY),
      labelled: position % every === 0 || position === order.length - 1,
    };
  });

  const bandRange = (band: TierBand): [number, number] => {
    const a = positionOf[band.from] ?? 0;
    const b = positionOf[band.to] ?? 0;
    return [Math.min(a, b), Math.max(a, b)];
  };
  const bands: TierBandArea[] = scheme.bands
    .map((band) => {
      const [first, last] = bandRange(band);
      return {
        band,
        target: band.id === scheme.targetBand,
        x: first * slot,
        width: (last - first + 1) * slot,
        tiers: order.slice(first, last + 1),
      };
    })
    .sort((a, b) => a.x - b.x);

  const references: TierReference[] = targets.map(({ band, value }) => {
    const [first, last] = bandRange(band);
    return { band: band.id, value, y: yOf(value), x1: first * slot, x2: (last + 1) * slot };
  });

  return {
    metric,
    width,
    height,
    scale,
    ticks: scale.ticks.map((value) => ({ value, y: yOf(value) })),
    zeroY,
    bars,
    bands,
    references,
  };
}

/** How a band's figure stands against its target: `met` (at or above), `below`, or null without a target or a figure. */
export type TargetComparison = 'met' | 'below' | null;
/** The direction of a change; `flat` under half of 0.1 % either way (it would show as 0.0 %). */
export type Trend = 'up' | 'down' | 'flat';

export interface TierBandRow {
  readonly band: TierBand;
  readonly target: boolean;
  readonly figures: TierFigures;
  readonly trend: Trend | null;
  readonly growthTarget: number | null;
  readonly growthVsTarget: TargetComparison;
  readonly marginTarget: number | null;
  readonly marginVsTarget: TargetComparison;
}

const FLAT = 0.0005;

export function trendOf(change: number | null): Trend | null {
  if (change === null) return null;
  if (change >= FLAT) return 'up';
  if (change <= -FLAT) return 'down';
  return 'flat';
}

const compare = (value: number | null, target: number | null): TargetComparison =>
  value === null || target === null ? null : value >= target ? 'met' : 'below';

/** The band summary: each band from the lowest to the highest with its figures, trend and targets. */
export function tierBandRows(summary: TierSummary): TierBandRow[] {
  const checked = checkedSummary(summary);
  const chart = tierChart(checked, 'count', { width: 1, height: 1 });
  return chart.bands.map(({ band, target }) => {
    const index = checked.scheme.bands.indexOf(band);
    const row = checked.bands[index];
    const figures: TierFigures = row ?? {
      count: 0,
      orderAmount: 0,
      orderAmountLastYear: 0,
      yoyGrowth: null,
      grossMargin: null,
    };
    const growthTarget = band.growthTarget ?? null;
    const marginTarget = band.marginTarget ?? null;
    return {
      band,
      target,
      figures,
      trend: trendOf(figures.yoyGrowth),
      growthTarget,
      growthVsTarget: compare(figures.yoyGrowth, growthTarget),
      marginTarget,
      marginVsTarget: compare(figures.grossMargin, marginTarget),
    };
  });
}
