// tierChart, niceScale, tierBandRows: bar geometry per metric, band shading, reference lines, numbering, bad input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Retailer, TierScheme, TierSummary } from '../schemas/index.js';
import { summarizeTiers } from './tiers.js';
import { niceScale, tierBandRows, tierChart, tierMetricValue, trendOf } from './tier-chart.js';
import { assertValidationError, retailerMaker } from '../test/domain-helpers.js';

const scheme: TierScheme = {
  id: 'six',
  tiers: 6,
  bands: [
    { id: 'low', from: 1, to: 2, marginTarget: 0.12 },
    { id: 'mid', name: { zh: '中段', en: 'Middle' }, from: 3, to: 4, growthTarget: 0.05, marginTarget: 0.12 },
    { id: 'high', from: 5, to: 6 },
  ],
  targetBand: 'mid',
};

const makeRetailer = retailerMaker({ businessType: 'grocery', area: 'rural' });
const retailer = (tier: number, thisYear: number, lastYear: number, grossMargin: number): Retailer =>
  makeRetailer(tier, [thisYear], [lastYear], grossMargin);

const retailers = [
  retailer(1, 110, 100, 0.1),
  retailer(1, 90, 100, 0.14),
  retailer(2, 100, 100, 0.11),
  retailer(3, 80, 100, 0.09),
  retailer(4, 130, 100, 0.13),
  retailer(5, 100, 0, 0.15),
];
const summary = summarizeTiers(retailers, scheme, 2020);

describe('niceScale', () => {
  test('covers the values and zero with round steps', () => {
    assert.deepEqual(niceScale([3, 17]), { min: 0, max: 20, step: 5, ticks: [0, 5, 10, 15, 20] });
  });
  test('reaches below zero for negative values', () => {
    const scale = niceScale([-0.07, 0.12]);
    assert.equal(scale.step, 0.05);
    assert.equal(scale.min, -0.1);
    assert.equal(scale.max, 0.15);
    assert.deepEqual(scale.ticks, [-0.1, -0.05, 0, 0.05, 0.1, 0.15]);
  });
  test('an empty or all-zero set is 0…1', () => {
    assert.deepEqual(niceScale([]).ticks, [0, 0.25, 0.5, 0.75, 1]);
    assert.equal(niceScale([0, 0]).max, 1);
  });
  test('rejects a value that is not finite, naming it', () =>
    assertValidationError(() => niceScale([1, Number.NaN]), 'values.1'));
  test('always covers its values, with ticks on whole steps (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { maxLength: 40 }), (values) => {
        const scale = niceScale(values);
        const inside = values.every((value) => value >= scale.min - 1e-9 && value <= scale.max + 1e-9);
        const ticks = scale.ticks;
        return (
          inside &&
          scale.min <= 0 &&
          scale.max >= 0 &&
          ticks[0] === scale.min &&
          ticks.at(-1) === scale.max &&
          ticks.length >= 2 &&
          ticks.length <= 12
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('tierChart', () => {
  test('count: one bar per tier, lowest first, heights proportional to the count', () => {
    const chart = tierChart(summary, 'count', { width: 600, height: 200 });
    assert.deepEqual(
      chart.bars.map((bar) => bar.tier),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(
      chart.bars.map((bar) => bar.value),
      [2, 1, 1, 1, 1, 0],
    );
    assert.equal(chart.scale.max, 2);
    assert.equal(chart.bars[0]?.height, 200);
    assert.equal(chart.bars[1]?.height, 100);
    assert.equal(chart.bars[0]?.x, 15);
    assert.equal(chart.bars[0]?.width, 70);
    assert.equal(chart.references.length, 0, 'no targets for counts');
  });
  test('order growth: negative bars hang below the zero line; no base last year is no data', () => {
    const chart = tierChart(summary, 'order-growth', { width: 600, height: 200 });
    const mid3 = chart.bars[2];
    assert.equal(mid3?.value, -0.2);
    assert.equal(mid3?.y, chart.zeroY, 'starts at zero');
    assert.ok((mid3?.height ?? 0) > 0);
    const tier5 = chart.bars[4];
    assert.equal(tier5?.value, null);
    assert.equal(tier5?.height, 0);
    assert.equal(tierMetricValue(summary.tiers[5]!, 'order-growth'), null, 'no retailers: no growth');
  });
  test('order growth: the mid band’s growth target is a reference line across its tiers', () => {
    const chart = tierChart(summary, 'order-growth', { width: 600, height: 200 });
    assert.equal(chart.references.length, 1);
    const line = chart.references[0];
    assert.equal(line?.band, 'mid');
    assert.equal(line?.x1, 200);
    assert.equal(line?.x2, 400);
    const { min, max } = chart.scale;
    assert.ok(Math.abs((line?.y ?? 0) - (200 - ((0.05 - min) / (max - min)) * 200)) < 1e-9);
  });
  test('gross margin: bands’ margin targets are reference lines; the scale includes them', () => {
    const chart = tierChart(summary, 'gross-margin');
    assert.deepEqual(
      chart.references.map((line) => [line.band, line.value]),
      [
        ['low', 0.12],
        ['mid', 0.12],
      ],
    );
    assert.equal(chart.bars[5]?.value, null, 'a tier without retailers has no margin');
  });
  test('bands are shaded over their tiers, the target band marked', () => {
    const chart = tierChart(summary, 'count', { width: 600, height: 200 });
    assert.deepEqual(
      chart.bands.map((area) => [area.band.id, area.x, area.width, area.target, area.tiers]),
      [
        ['low', 0, 200, false, [1, 2]],
        ['mid', 200, 200, true, [3, 4]],
        ['high', 400, 200, false, [5, 6]],
      ],
    );
    assert.deepEqual(
      chart.bars.map((bar) => bar.target),
      [false, false, true, true, false, false],
    );
  });
  test('descending numbering puts the highest tier number on the left, and its bands follow', () => {
    const reversed = summarizeTiers(retailers, { ...scheme, numbering: 'descending' }, 2020);
    const chart = tierChart(reversed, 'count', { width: 600, height: 200 });
    assert.deepEqual(
      chart.bars.map((bar) => bar.tier),
      [6, 5, 4, 3, 2, 1],
    );
    assert.deepEqual(
      chart.bands.map((area) => [area.band.id, area.x]),
      [
        ['high', 0],
        ['mid', 200],
        ['low', 400],
      ],
    );
    assert.equal(chart.bars[5]?.value, 2, 'tier 1 is drawn last');
  });
  test('thins the tier labels when they do not fit, keeping the first and last', () => {
    const wide: TierScheme = { id: 'hundred', tiers: 100, bands: [{ id: 'all', from: 1, to: 100 }], targetBand: 'all' };
    const chart = tierChart(summarizeTiers([], wide, 2020), 'count', { width: 600, height: 200 });
    const labelled = chart.bars.filter((bar) => bar.labelled).map((bar) => bar.tier);
    assert.deepEqual(labelled.slice(0, 3), [1, 6, 11], 'every 5th tier at 6 units a tier');
    assert.equal(labelled.at(-1), 100);
    assert.equal(labelled.length, 21);
  });
  test('rejects an unknown metric, naming it', () =>
    assertValidationError(() => tierChart(summary, 'profit' as never), 'metric'));
  test('rejects a summary with a tier outside its scheme, naming the row', () =>
    assertValidationError(
      () => tierChart({ ...summary, tiers: summary.tiers.map((t) => (t.tier === 6 ? { ...t, tier: 7 } : t)) }, 'count'),
      'summary.tiers.5.tier',
    ));
  test('rejects a summary with a negative amount', () =>
    assertValidationError(
      () =>
        tierChart(
          { ...summary, totals: { ...summary.totals, orderAmountLastYear: -1 } } as TierSummary,
          'order-growth',
        ),
      'summary.totals.orderAmountLastYear',
    ));
});

describe('tierBandRows', () => {
  const rows = tierBandRows(summary);
  test('lists the bands lowest first with their figures', () => {
    assert.deepEqual(
      rows.map((row) => [row.band.id, row.figures.count, row.target]),
      [
        ['low', 3, false],
        ['mid', 2, true],
        ['high', 1, false],
      ],
    );
  });
  test('compares growth and margin with the band’s targets', () => {
    const mid = rows[1];
    assert.equal(mid?.figures.yoyGrowth, 0.05);
    assert.equal(mid?.growthVsTarget, 'met');
    assert.equal(mid?.marginVsTarget, 'below');
    assert.equal(mid?.trend, 'up');
    assert.equal(rows[2]?.growthVsTarget, null, 'no target: no comparison');
  });
  test('trend: flat within half of 0.1 %', () => {
    assert.deepEqual([0.0004, -0.0004, 0.0005, -0.001, null].map(trendOf), ['flat', 'flat', 'up', 'down', null]);
  });
});
