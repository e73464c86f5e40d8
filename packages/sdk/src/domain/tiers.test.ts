// summarizeTiers and bandOfTier: sums per tier and band, YoY, margins, months, scheme checks, and cheap retailer checks with paths.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { TierSummary, type TierScheme } from '../schemas/index.js';
import {
  DEFAULT_TIER_SCHEME,
  bandLabel,
  bandOfTier,
  checkTierSummary,
  summarizeTiers,
  tierBandLookup,
  tiersLowToHigh,
} from './tiers.js';
import { assertValidationError, retailerMaker } from '../test/domain-helpers.js';

const scheme: TierScheme = {
  id: 'six',
  tiers: 6,
  bands: [
    { id: 'low', name: { zh: '低档', en: 'Low' }, from: 1, to: 2 },
    { id: 'mid', name: { zh: '中档', en: 'Mid' }, from: 3, to: 4 },
    { id: 'high', name: { zh: '高档', en: 'High' }, from: 5, to: 6 },
  ],
  targetBand: 'mid',
};

const retailer = retailerMaker({ businessType: 'convenience', area: 'urban' });

/** The figures of a tier, band or total with no retailer: each expectation below says what differs. */
const NO_FIGURES = {
  count: 0,
  orderAmount: 0,
  orderAmountLastYear: 0,
  lastYearMissing: 0,
  yoyGrowth: null,
  grossMargin: null,
};

describe('summarizeTiers', () => {
  const retailers = [
    retailer(1, [100, 100], [50, 50, 50], 0.1),
    retailer(1, [300], [100, 100, 100], 0.2),
    retailer(3, [200, 200], [250, 250, 250], 0.12),
    retailer(6, [1000, 1000], [0, 0, 0], 0.15),
  ];
  const summary = summarizeTiers(retailers, scheme, 2020);

  test('counts, amounts over the longest this-year length, YoY and mean margin per tier', () => {
    assert.equal(summary.months, 2);
    assert.deepEqual(summary.tiers[0], {
      tier: 1,
      ...NO_FIGURES,
      count: 2,
      orderAmount: 500,
      orderAmountLastYear: 300,
      yoyGrowth: 200 / 300,
      grossMargin: (0.1 + 0.2) / 2,
    });
  });
  test('tiers without retailers have zero counts and null margin and growth', () => {
    assert.deepEqual(summary.tiers[1], { tier: 2, ...NO_FIGURES });
  });
  test('last year zero gives null growth', () => assert.equal(summary.tiers[5]?.yoyGrowth, null));
  test('bands sum their tiers', () => {
    assert.deepEqual(
      summary.bands.find((b) => b.band === 'mid'),
      {
        band: 'mid',
        ...NO_FIGURES,
        count: 1,
        orderAmount: 400,
        orderAmountLastYear: 500,
        yoyGrowth: -0.2,
        grossMargin: 0.12,
      },
    );
  });
  test('totals are the sum of the tiers', () => {
    assert.deepEqual(summary.totals, {
      ...NO_FIGURES,
      count: 4,
      orderAmount: 2900,
      orderAmountLastYear: 800,
      yoyGrowth: 2100 / 800,
      grossMargin: (0.1 + 0.2 + 0.12 + 0.15) / 4,
    });
  });
  test('months can be chosen; missing months count zero', () => {
    const three = summarizeTiers(retailers, scheme, 2020, { months: 3 });
    assert.equal(three.months, 3);
    assert.equal(three.tiers[0]?.orderAmountLastYear, 450);
    assert.equal(three.tiers[0]?.orderAmount, 500);
  });
  test('gridId keeps one grid: the same figures as summarising that grid’s retailers alone', () => {
    const other = { ...retailer(2, [5000, 5000], [1, 1, 1], 0.9), gridId: 'g2' };
    const both = [...retailers, other];
    assert.deepEqual(summarizeTiers(both, scheme, 2020, { gridId: 'g1' }), summary);
    assert.equal(summarizeTiers(both, scheme, 2020, { gridId: 'g2' }).totals.count, 1);
    assert.equal(summarizeTiers(both, scheme, 2020, { gridId: 'none' }).totals.count, 0);
    assert.equal(summarizeTiers(both, scheme, 2020).totals.count, 5);
  });
  test('gridId still rejects a retailer that is not an object, in any grid', () =>
    assertValidationError(
      () => summarizeTiers([...retailers, 7 as never], scheme, 2020, { gridId: 'g1' }),
      'retailers.4',
    ));
  test('no retailers: months 0 and empty figures', () => {
    const empty = summarizeTiers([], scheme, 2020);
    assert.equal(empty.months, 0);
    assert.deepEqual(empty.totals, NO_FIGURES);
  });
  test('tiers outside every band count in the tiers and totals only', () => {
    const gappy: TierScheme = { ...scheme, bands: [{ id: 'mid', name: { zh: '中档', en: 'Mid' }, from: 3, to: 4 }] };
    const result = summarizeTiers(retailers, gappy, 2020);
    assert.equal(result.totals.count, 4);
    assert.deepEqual(
      result.bands.map((b) => [b.band, b.count]),
      [['mid', 1]],
    );
  });
  test('a retailer missing last-year months makes its tier, band and totals growth "no data", and is counted', () => {
    const gap = summarizeTiers([...retailers, retailer(3, [200, 200], [250], 0.1)], scheme, 2020);
    assert.equal(gap.tiers[2]?.lastYearMissing, 1);
    assert.equal(gap.tiers[2]?.yoyGrowth, null);
    assert.equal(gap.bands.find((b) => b.band === 'mid')?.yoyGrowth, null);
    assert.equal(gap.totals.lastYearMissing, 1);
    assert.equal(gap.totals.yoyGrowth, null);
    assert.equal(gap.tiers[0]?.yoyGrowth, 200 / 300, 'other tiers keep their growth');
  });
  test('a retailer with last-year months for the months compared is complete', () => {
    const one = summarizeTiers([retailer(3, [200], [250], 0.1)], scheme, 2020);
    assert.equal(one.tiers[2]?.lastYearMissing, 0);
    assert.equal(one.tiers[2]?.yoyGrowth, -0.2);
  });
  test('the summary fits the TierSummary schema', () => assert.ok(z.safeParse(TierSummary, summary).success));

  test('tiers add up to the bands and the totals (property)', () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 12 });
    const retailerArbitrary = fc
      .tuple(fc.integer({ min: 1, max: 6 }), amounts, amounts, fc.double({ min: -1, max: 1, noNaN: true }))
      .map(([tier, thisYear, lastYear, margin]) => retailer(tier, thisYear, lastYear, margin));
    fc.assert(
      fc.property(
        fc.array(retailerArbitrary, { maxLength: 60 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        (list, months) => {
          const result = summarizeTiers(list, scheme, 2020, months === undefined ? {} : { months });
          const sum = (
            key: 'count' | 'orderAmount' | 'orderAmountLastYear',
            rows: ReadonlyArray<Record<typeof key, number>>,
          ) => rows.reduce((total, row) => total + row[key], 0);
          for (const key of ['count', 'orderAmount', 'orderAmountLastYear'] as const) {
            if (sum(key, result.tiers) !== result.totals[key]) return false;
            if (sum(key, result.bands) !== result.totals[key]) return false;
          }
          return result.totals.count === list.length && z.safeParse(TierSummary, result).success;
        },
      ),
      { numRuns: 200 },
    );
  });

  test('rejects a retailer whose tier is outside the scheme, naming retailers.N.tier', () =>
    assertValidationError(
      () => summarizeTiers([retailer(1, [], [], 0), retailer(7, [], [], 0)], scheme, 2020),
      'retailers.1.tier',
      /scheme "six"/,
    ));
  test('rejects a fractional tier', () =>
    assertValidationError(() => summarizeTiers([retailer(1.5, [], [], 0)], scheme, 2020), 'retailers.0.tier'));
  test('rejects a negative order amount, naming the month', () =>
    assertValidationError(
      () => summarizeTiers([retailer(1, [1, -2], [], 0)], scheme, 2020),
      'retailers.0.ordersThisYear.1',
    ));
  test('rejects a NaN amount last year, naming the month', () =>
    assertValidationError(
      () => summarizeTiers([retailer(1, [], [Number.NaN], 0)], scheme, 2020),
      'retailers.0.ordersLastYear.0',
    ));
  test('rejects thirteen months, naming the array', () =>
    assertValidationError(
      () => summarizeTiers([retailer(1, new Array<number>(13).fill(1), [], 0)], scheme, 2020),
      'retailers.0.ordersThisYear',
    ));
  test('rejects a margin outside -1…1, naming it', () =>
    assertValidationError(() => summarizeTiers([retailer(1, [], [], 12)], scheme, 2020), 'retailers.0.grossMargin'));
  test('rejects a null retailer, naming its index', () =>
    assertValidationError(() => summarizeTiers([null as never], scheme, 2020), 'retailers.0'));
  test('rejects retailers that are not an array', () =>
    assertValidationError(() => summarizeTiers('all' as never, scheme, 2020), 'retailers'));
  test('rejects a fractional year, naming year', () =>
    assertValidationError(() => summarizeTiers([], scheme, 2020.5), 'year', /summarizeTiers/));
  test('rejects 13 months, naming options.months', () =>
    assertValidationError(() => summarizeTiers([], scheme, 2020, { months: 13 }), 'options.months'));
  test('rejects unknown options, naming options', () =>
    assertValidationError(() => summarizeTiers([], scheme, 2020, { month: 3 } as never), 'options'));
  test('rejects overlapping bands, naming the second', () =>
    assertValidationError(
      () =>
        summarizeTiers(
          [],
          {
            ...scheme,
            bands: [...scheme.bands.slice(0, 2), { id: 'high', name: { zh: '高', en: 'High' }, from: 4, to: 6 }],
          },
          2020,
        ),
      'scheme.bands.2',
      /tier 4 is already in band "mid"/,
    ));
  test('rejects a band beyond the scheme’s tiers, naming its end', () =>
    assertValidationError(() => summarizeTiers([], { ...scheme, tiers: 5 }, 2020), 'scheme.bands.2.to'));
  test('rejects a band that ends before it starts', () =>
    assertValidationError(
      () =>
        summarizeTiers(
          [],
          { ...scheme, bands: [{ id: 'low', name: { zh: '低', en: 'Low' }, from: 3, to: 2 }], targetBand: 'low' },
          2020,
        ),
      'scheme.bands.0.to',
    ));
  test('rejects a target band that does not exist', () =>
    assertValidationError(
      () => summarizeTiers([], { ...scheme, bands: scheme.bands.slice(0, 1) }, 2020),
      'scheme.targetBand',
    ));
  test('rejects duplicate band ids', () =>
    assertValidationError(
      () =>
        summarizeTiers([], { ...scheme, bands: [scheme.bands[0], { ...scheme.bands[1], id: 'low' }] } as never, 2020),
      'scheme.bands.1.id',
    ));
  test('rejects a scheme with zero tiers', () =>
    assertValidationError(() => summarizeTiers([], { ...scheme, tiers: 0 }, 2020), 'scheme.tiers'));
});

describe('open band vocabulary, numbering and targets', () => {
  const own: TierScheme = {
    id: 'own',
    tiers: 5,
    numbering: 'descending',
    bands: [
      { id: 'a1', name: { zh: '甲', en: 'A' }, from: 1, to: 2, growthTarget: 0.05 },
      { id: 'b.2', from: 3, to: 5, marginTarget: 0.1 },
    ],
    targetBand: 'b.2',
  };
  test('any well-formed band code is a band', () => {
    assert.deepEqual(
      [1, 3, 5].map((tier) => bandOfTier(own, tier)),
      ['a1', 'b.2', 'b.2'],
    );
  });
  test('summarizes by the scheme’s own band codes', () => {
    const result = summarizeTiers([retailer(4, [1], [1], 0.1)], own, 2020);
    assert.deepEqual(
      result.bands.map((b) => [b.band, b.count]),
      [
        ['a1', 0],
        ['b.2', 1],
      ],
    );
  });
  test('rejects a band code that is not well formed, naming it', () =>
    assertValidationError(
      () => bandOfTier({ ...own, bands: [{ id: 'Bad Code', from: 1, to: 5 }], targetBand: 'Bad Code' }, 1),
      'scheme.bands.0.id',
    ));
  test('rejects an unknown numbering', () =>
    assertValidationError(() => bandOfTier({ ...own, numbering: 'sideways' } as never, 1), 'scheme.numbering'));
  test('rejects a margin target above 100 %', () =>
    assertValidationError(
      () => bandOfTier({ ...own, bands: [{ id: 'x', from: 1, to: 5, marginTarget: 2 }], targetBand: 'x' }, 1),
      'scheme.bands.0.marginTarget',
    ));
  test('tiersLowToHigh follows the numbering', () => {
    assert.deepEqual(tiersLowToHigh(own), [5, 4, 3, 2, 1]);
    assert.deepEqual(tiersLowToHigh(scheme), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(tiersLowToHigh({ ...scheme, numbering: 'ascending' }), [1, 2, 3, 4, 5, 6]);
  });
  test('bandLabel: own name, else the built-in label of a known code, else the code', () => {
    assert.equal(bandLabel({ id: 'a1', name: { zh: '甲', en: 'A' } }, 'zh-CN'), '甲');
    assert.equal(bandLabel({ id: 'a1', name: { zh: '甲', en: 'A' } }, 'en-GB'), 'A');
    assert.equal(bandLabel({ id: 'mid' }, 'zh-CN'), '中档');
    assert.equal(bandLabel({ id: 'mid' }, 'en'), 'Mid');
    assert.equal(bandLabel({ id: 'b.2' }, 'en'), 'b.2');
  });
  test('tierBandLookup gives each tier’s band, null outside every band', () => {
    const lookup = tierBandLookup({ ...own, bands: own.bands.slice(1) });
    assert.deepEqual(
      [1, 3, 5].map((tier) => lookup(tier)?.id ?? null),
      [null, 'b.2', 'b.2'],
    );
  });
  test('tierBandLookup rejects a tier outside the scheme', () =>
    assertValidationError(() => tierBandLookup(own)(6), 'tier', /1 to 5/));
  test('the default scheme is the common 30 tiers targeting mid, with targets, and frozen', () => {
    assert.equal(DEFAULT_TIER_SCHEME.tiers, 30);
    assert.equal(DEFAULT_TIER_SCHEME.targetBand, 'mid');
    assert.equal(DEFAULT_TIER_SCHEME.bands[1]?.growthTarget, 0.03);
    assert.ok(DEFAULT_TIER_SCHEME.bands.every((band) => band.marginTarget === 0.12));
    assert.ok(Object.isFrozen(DEFAULT_TIER_SCHEME.bands[0]));
  });
});

describe('checkTierSummary', () => {
  const summary = summarizeTiers([retailer(1, [1], [1], 0.1)], scheme, 2020);
  test('accepts a summary made by summarizeTiers', () => {
    assert.equal(checkTierSummary(summary, 'test').tiers.length, 6);
  });
  test('accepts a summary without lastYearMissing (an older server)', () => {
    const { lastYearMissing: _omit, ...totals } = summary.totals;
    assert.equal(checkTierSummary({ ...summary, totals }, 'test').totals.count, 1);
  });
  /** The rows of `rows` with row `at` changed. */
  const changed = <T>(rows: readonly T[], at: number, change: Partial<T>): T[] =>
    rows.map((row, index) => (index === at ? { ...row, ...change } : row));
  const rejects: ReadonlyArray<[name: string, broken: Partial<TierSummary>, path: string]> = [
    [
      'rejects a tier row outside the scheme, naming it',
      { tiers: changed(summary.tiers, 2, { tier: 9 }) },
      'summary.tiers.2.tier',
    ],
    ['rejects a missing tier row', { tiers: summary.tiers.slice(1) }, 'summary.tiers'],
    [
      'rejects a negative amount, naming it',
      { tiers: changed(summary.tiers, 0, { orderAmount: -5 }) },
      'summary.tiers.0.orderAmount',
    ],
    [
      'rejects a band row that is not the scheme’s',
      { bands: changed(summary.bands, 1, { band: 'top' }) },
      'summary.bands.1.band',
    ],
    ['rejects a band row too few', { bands: summary.bands.slice(1) }, 'summary.bands'],
    [
      'rejects a summary whose scheme is inconsistent',
      { scheme: { ...scheme, targetBand: 'top' } },
      'summary.scheme.targetBand',
    ],
  ];
  for (const [name, broken, path] of rejects)
    test(name, () => assertValidationError(() => checkTierSummary({ ...summary, ...broken }, 'test'), path));
});

describe('bandOfTier', () => {
  test('finds the band of each tier', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((tier) => bandOfTier(scheme, tier)),
      ['low', 'low', 'mid', 'mid', 'high', 'high'],
    );
  });
  test('is null for a tier the scheme leaves out of every band', () => {
    assert.equal(bandOfTier({ ...scheme, bands: scheme.bands.slice(1) }, 1), null);
  });
  test('rejects tier 0, naming tier', () => assertValidationError(() => bandOfTier(scheme, 0), 'tier', /bandOfTier/));
  test('rejects a tier above the scheme', () => assertValidationError(() => bandOfTier(scheme, 7), 'tier', /1 to 6/));
  test('rejects a malformed scheme, naming the field', () =>
    assertValidationError(() => bandOfTier({ ...scheme, targetBand: 'top' } as never, 1), 'scheme.targetBand'));
});
