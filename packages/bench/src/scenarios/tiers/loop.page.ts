// Page: the hand-written baseline, one loop summing count, order amounts (this year and last, same months)
// and margin per tier, then bands and totals; checked against summarizeTiers afterwards (untimed).
import { summarizeTiers } from '@plankit/sdk/domain';
import type { Retailer, TierScheme } from '@plankit/sdk';
import { check, exposeBench, measureCompute } from '../../lib/page-harness.js';
import { countyWithRetailers } from './retailers.js';

interface Figures {
  count: number;
  orderAmount: number;
  orderAmountLastYear: number;
  yoyGrowth: number | null;
  grossMargin: number | null;
}

function figures(count: number, amount: number, lastYear: number, marginSum: number): Figures {
  return {
    count,
    orderAmount: amount,
    orderAmountLastYear: lastYear,
    yoyGrowth: lastYear === 0 ? null : (amount - lastYear) / lastYear,
    grossMargin: count === 0 ? null : marginSum / count,
  };
}

function summarize(retailers: readonly Retailer[], scheme: TierScheme, months: number) {
  const size = scheme.tiers + 1;
  const count = new Float64Array(size);
  const amount = new Float64Array(size);
  const lastYear = new Float64Array(size);
  const margin = new Float64Array(size);
  for (const retailer of retailers) {
    const tier = retailer.tier;
    count[tier] = (count[tier] ?? 0) + 1;
    margin[tier] = (margin[tier] ?? 0) + retailer.grossMargin;
    const thisYearOrders = retailer.ordersThisYear;
    const lastYearOrders = retailer.ordersLastYear;
    let sum = 0;
    for (let month = 0; month < months && month < thisYearOrders.length; month += 1) sum += thisYearOrders[month] ?? 0;
    let sumLast = 0;
    for (let month = 0; month < months && month < lastYearOrders.length; month += 1)
      sumLast += lastYearOrders[month] ?? 0;
    amount[tier] = (amount[tier] ?? 0) + sum;
    lastYear[tier] = (lastYear[tier] ?? 0) + sumLast;
  }
  const range = (from: number, to: number) => {
    let c = 0;
    let a = 0;
    let l = 0;
    let m = 0;
    for (let tier = from; tier <= to; tier += 1) {
      c += count[tier] ?? 0;
      a += amount[tier] ?? 0;
      l += lastYear[tier] ?? 0;
      m += margin[tier] ?? 0;
    }
    return figures(c, a, l, m);
  };
  const tiers = Array.from({ length: scheme.tiers }, (_, index) => ({
    tier: index + 1,
    ...range(index + 1, index + 1),
  }));
  const bands = scheme.bands.map((band) => ({ band: band.id, ...range(band.from, band.to) }));
  return { tiers, bands, totals: range(1, scheme.tiers) };
}

exposeBench((params) => {
  const county = countyWithRetailers(params);
  return () => {
    let result: ReturnType<typeof summarize> | null = null;
    const sample = measureCompute(() => {
      result = summarize(county.retailers, county.scheme, county.months);
    });
    const expected = summarizeTiers(county.retailers, county.scheme, county.year, { months: county.months }).totals;
    const totals = (result as ReturnType<typeof summarize> | null)?.totals;
    check(
      totals?.count === expected.count &&
        Math.abs(totals.orderAmount - expected.orderAmount) <= 1e-6 * Math.abs(expected.orderAmount),
      'the loop agrees with summarizeTiers',
    );
    return Promise.resolve(sample);
  };
});
