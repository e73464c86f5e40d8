// evaluateKpi: every rule kind at every boundary, the pace, no-data, the final day, and bad input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import type { KpiAggregation, KpiRule, KpiStatus, KpiThresholds, Measurement } from '../schemas/index.js';
import { KpiEvaluation } from '../schemas/index.js';
import { DEFAULT_THRESHOLDS, evaluateKpi } from './kpi.js';
import { assertValidationError, makeKpi } from '../test/domain-helpers.js';

const one = (period: string, value: number): Measurement[] => [{ period, value }];

function statusOf(
  rule: KpiRule,
  aggregation: KpiAggregation,
  measurements: Measurement[],
  asOf: string,
  thresholds?: KpiThresholds,
): KpiStatus {
  return evaluateKpi(makeKpi({ rule, aggregation, measurements, ...(thresholds ? { thresholds } : {}) }), asOf).status;
}

// 2021 has 365 days and 2021-04-10 is its 100th: a target of 365 then expects exactly 100.
const DAY_100 = '2021-04-10';
const YEAR_END_2021 = '2021-12-31';

/** The month's measurement of an actual: `inMonth('2021-04')(70)`. */
const inMonth = (period: string) => (actual: number) => one(period, actual);

/**
 * One test per case, named by its first column: a KPI with `rule` and `aggregation`, measured as `measure` says,
 * has the status given as of DAY_100 unless given.
 */
function statusTests<T>(
  rule: KpiRule,
  aggregation: KpiAggregation,
  measure: (actual: T) => Measurement[],
  cases: ReadonlyArray<readonly [name: string, actual: T, status: KpiStatus, asOf?: string]>,
): void {
  for (const [name, actual, status, asOf = DAY_100] of cases)
    test(name, () => assert.equal(statusOf(rule, aggregation, measure(actual), asOf), status));
}

describe('evaluateKpi: atLeast, cumulative', () => {
  const rule: KpiRule = { kind: 'atLeast', target: 365 };
  statusTests(rule, 'cumulative', inMonth('2021-04'), [
    ['the target reached before year end is met', 365, 'met'],
    ['just below the target but ahead of pace is on track', 364.9, 'on-track'],
    ['exactly at pace × onTrack (95 of an expected 100) is on track', 95, 'on-track'],
    ['just above pace × onTrack is on track', 95.1, 'on-track'],
    ['just below pace × onTrack is at risk', 94.9, 'at-risk'],
    ['exactly at pace × atRisk (80) is at risk', 80, 'at-risk'],
    ['just above pace × atRisk is at risk', 80.1, 'at-risk'],
    ['just below pace × atRisk is off track', 79.9, 'off-track'],
    ['a negative actual is off track', -5, 'off-track'],
    ['on December 31st, short of the target is off track', 364.9, 'off-track', YEAR_END_2021],
    ['on December 31st, the target reached is met', 365, 'met', YEAR_END_2021],
    ['after the year, the outcome stays final', 300, 'off-track', '2022-03-01'],
  ]);
  test('sums the months up to asOf', () => {
    const evaluation = evaluateKpi(
      makeKpi({
        rule,
        measurements: [
          { period: '2021-03', value: 40 },
          { period: '2021-01', value: 30 },
          { period: '2021-05', value: 500 },
        ],
      }),
      DAY_100,
    );
    assert.equal(evaluation.actual, 70);
    assert.equal(evaluation.period, '2021-03');
    assert.equal(evaluation.expected, 100);
    assert.equal(evaluation.status, 'off-track');
  });
  test('the current month counts month-to-date', () => {
    const kpi = makeKpi({ rule, measurements: [{ period: '2021-04', value: 7 }] });
    assert.equal(evaluateKpi(kpi, '2021-03-31').actual, null);
    assert.equal(evaluateKpi(kpi, '2021-04-01').actual, 7);
  });
  test('a count of 12 expects 6 by the end of June (day 182 of 366 in 2020)', () => {
    const evaluation = evaluateKpi(
      makeKpi({ rule: { kind: 'atLeast', target: 12 }, measurements: one('2020-06', 6) }),
      '2020-06-30',
    );
    assert.equal(evaluation.expected, (12 * 182) / 366);
    assert.equal(evaluation.progress, 0.5);
    assert.equal(evaluation.status, 'on-track');
  });
  test('a non-positive target is met once reached and off track below it', () => {
    assert.equal(statusOf({ kind: 'atLeast', target: 0 }, 'cumulative', one('2021-01', 0), DAY_100), 'met');
    assert.equal(statusOf({ kind: 'atLeast', target: 0 }, 'cumulative', one('2021-01', -1), DAY_100), 'off-track');
  });
});

describe('evaluateKpi: atLeast, year-to-date and latest rates', () => {
  const rule: KpiRule = { kind: 'atLeast', target: 5 };
  for (const aggregation of ['ytd', 'latest'] as const) {
    statusTests(rule, aggregation, inMonth('2021-03'), [
      [`${aggregation}: exactly the target is met`, 5, 'met'],
      [`${aggregation}: above the target is met`, 5.01, 'met'],
      [`${aggregation}: just below the target is on track`, 4.99, 'on-track'],
      [`${aggregation}: exactly target × onTrack (4.75) is on track`, 4.75, 'on-track'],
      [`${aggregation}: just below target × onTrack is at risk`, 4.74, 'at-risk'],
      [`${aggregation}: exactly target × atRisk (4) is at risk`, 4, 'at-risk'],
      [`${aggregation}: just above target × atRisk is at risk`, 4.01, 'at-risk'],
      [`${aggregation}: just below target × atRisk is off track`, 3.99, 'off-track'],
      [`${aggregation}: a decline (negative growth) is off track`, -1, 'off-track'],
      [`${aggregation}: on December 31st a near miss is off track`, 4.99, 'off-track', YEAR_END_2021],
    ]);
  }
  test('uses the latest month, not a sum', () => {
    const evaluation = evaluateKpi(
      makeKpi({
        rule,
        aggregation: 'ytd',
        unit: 'percent',
        measurements: [
          { period: '2021-01', value: 2 },
          { period: '2021-02', value: 4.8 },
        ],
      }),
      DAY_100,
    );
    assert.equal(evaluation.actual, 4.8);
    assert.equal(evaluation.expected, null);
    assert.equal(evaluation.progress, 4.8 / 5);
  });
  test('progress of a negative actual is 0, not negative', () => {
    assert.equal(
      evaluateKpi(makeKpi({ rule, aggregation: 'ytd', measurements: one('2021-01', -2) }), DAY_100).progress,
      0,
    );
  });
  test('growth ≥ 0 %: zero is met, a decline off track, progress null', () => {
    const zero: KpiRule = { kind: 'atLeast', target: 0 };
    assert.equal(statusOf(zero, 'ytd', one('2021-01', 0), DAY_100), 'met');
    assert.equal(statusOf(zero, 'ytd', one('2021-01', -0.01), DAY_100), 'off-track');
    assert.equal(
      evaluateKpi(makeKpi({ rule: zero, aggregation: 'ytd', measurements: one('2021-01', 3) }), DAY_100).progress,
      null,
    );
  });
  test('a negative target (decline of at most 2 %) is met at -2 and off track below', () => {
    const decline: KpiRule = { kind: 'atLeast', target: -2 };
    assert.equal(statusOf(decline, 'ytd', one('2021-01', -2), DAY_100), 'met');
    assert.equal(statusOf(decline, 'ytd', one('2021-01', -2.01), DAY_100), 'off-track');
  });
  test('per-KPI thresholds replace the defaults', () => {
    const loose = { onTrack: 0.9, atRisk: 0.5 };
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 4.5), DAY_100, loose), 'on-track');
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 4.49), DAY_100, loose), 'at-risk');
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 2.5), DAY_100, loose), 'at-risk');
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 2.49), DAY_100, loose), 'off-track');
  });
  test('equal thresholds leave no at-risk zone', () => {
    const sharp = { onTrack: 0.9, atRisk: 0.9 };
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 4.5), DAY_100, sharp), 'on-track');
    assert.equal(statusOf(rule, 'ytd', one('2021-01', 4.49), DAY_100, sharp), 'off-track');
  });
});

describe('evaluateKpi: atMost(0), the safety KPI', () => {
  const rule: KpiRule = { kind: 'atMost', target: 0 };
  const clean: Measurement[] = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => ({
    period: `2020-${m}`,
    value: 0,
  }));
  const brokenInMarch = clean.map((m) => (m.period === '2020-03' ? { ...m, value: 1 } : m));
  statusTests(rule, 'cumulative', (measurements: Measurement[]) => measurements, [
    ['no measurement yet is no-data, not "0 accidents"', [], 'no-data', '2020-09-30'],
    ['no accident is on track during the year', clean, 'on-track', '2020-09-30'],
    ['no accident is still on track on December 30th', clean, 'on-track', '2020-12-30'],
    ['no accident is met from December 31st', clean, 'met', '2020-12-31'],
    ['one accident in March is off track in March', brokenInMarch, 'off-track', '2020-03-15'],
    ['one accident in March is still off track in December', brokenInMarch, 'off-track', '2020-12-15'],
    ['one accident in March is off track at year end, not met', brokenInMarch, 'off-track', '2020-12-31'],
    ['before March the year was still clean', brokenInMarch, 'on-track', '2020-02-29'],
  ]);
  test('progress is null: a share of zero means nothing', () => {
    const evaluation = evaluateKpi(makeKpi({ rule, measurements: clean }), '2020-09-30');
    assert.equal(evaluation.progress, null);
    assert.equal(evaluation.expected, 0);
    assert.equal(evaluation.actual, 0);
    assert.equal(evaluation.period, '2020-09');
  });
});

describe('evaluateKpi: atMost(n), cumulative allowance', () => {
  const rule: KpiRule = { kind: 'atMost', target: 365 };
  // By day 100 the paced allowance is 100; the ratio is 100 / actual.
  statusTests(rule, 'cumulative', inMonth('2021-04'), [
    ['nothing used is on track', 0, 'on-track'],
    ['exactly the paced allowance is on track', 100, 'on-track'],
    ['at allowance / onTrack (100 / 0.95 ≈ 105.26) is on track', 100 / 0.95, 'on-track'],
    ['just under allowance / onTrack is on track', 105.2, 'on-track'],
    ['just over allowance / onTrack is at risk', 105.3, 'at-risk'],
    ['exactly allowance / atRisk (125) is at risk', 125, 'at-risk'],
    ['just over allowance / atRisk is off track', 125.1, 'off-track'],
    ['over the year-end limit is off track for good', 366, 'off-track', YEAR_END_2021],
    ['exactly the limit on December 31st is met', 365, 'met', YEAR_END_2021],
  ]);
  test('progress is the share of the allowance used', () => {
    assert.equal(evaluateKpi(makeKpi({ rule, measurements: one('2021-01', 73) }), DAY_100).progress, 0.2);
  });
});

describe('evaluateKpi: atMost, rates', () => {
  const rule: KpiRule = { kind: 'atMost', target: 2 };
  statusTests(rule, 'latest', inMonth('2021-02'), [
    ['under the limit is met', 1, 'met'],
    ['exactly the limit is met', 2, 'met'],
    ['just over the limit is on track', 2.01, 'on-track'],
    ['at limit / onTrack is on track', 2 / 0.95, 'on-track'],
    ['just over limit / onTrack is at risk', 2.11, 'at-risk'],
    ['exactly limit / atRisk (2.5) is at risk', 2.5, 'at-risk'],
    ['just over limit / atRisk is off track', 2.51, 'off-track'],
    ['over the limit on December 31st is off track', 2.01, 'off-track', YEAR_END_2021],
  ]);
  test('a rate over a zero limit is off track', () =>
    assert.equal(statusOf({ kind: 'atMost', target: 0 }, 'latest', one('2021-02', 0.1), DAY_100), 'off-track'));
  test('a rate at a zero limit is met', () =>
    assert.equal(statusOf({ kind: 'atMost', target: 0 }, 'latest', one('2021-02', 0), DAY_100), 'met'));
});

describe('evaluateKpi: band ("与去年基本持平"), cumulative', () => {
  // Target 365 ± 1 %: by day 100 the paced band is [99, 101].
  const rule: KpiRule = { kind: 'band', target: 365, tolerance: 0.01 };
  statusTests(rule, 'cumulative', inMonth('2021-04'), [
    ['on the paced target is on track', 100, 'on-track'],
    ['exactly the lower paced edge is on track', 99, 'on-track'],
    ['exactly the upper paced edge is on track', 101, 'on-track'],
    ['just below the band is at risk', 98.99, 'at-risk'],
    ['just above the band is at risk', 101.01, 'at-risk'],
    ['exactly lower edge × onTrack (94.05) is at risk', 94.05, 'at-risk'],
    ['just below lower edge × onTrack is off track', 94.04, 'off-track'],
    ['exactly upper edge / onTrack is at risk', 101 / 0.95, 'at-risk'],
    ['just above upper edge / onTrack is off track', 106.4, 'off-track'],
    ['on December 31st inside the band is met', 361.35, 'met', YEAR_END_2021],
    ['on December 31st at the upper edge is met', 368.65, 'met', YEAR_END_2021],
    ['on December 31st just below the band is off track', 361.34, 'off-track', YEAR_END_2021],
    ['on December 31st just above the band is off track', 368.66, 'off-track', YEAR_END_2021],
  ]);
  test('expected is the paced centre and the rule text says "flat" when the target is last year', () => {
    const evaluation = evaluateKpi(
      makeKpi({ rule, unit: 'tenThousandCases', lastYear: 365, measurements: one('2021-04', 99) }),
      DAY_100,
    );
    assert.equal(evaluation.expected, 100);
    assert.deepEqual(evaluation.ruleText, { zh: '与上年基本持平 ±1%', en: 'flat vs last year ±1%' });
  });
  test('delta of a cumulative KPI compares with last year pro-rated to the same date', () => {
    const evaluation = evaluateKpi(
      makeKpi({ rule, unit: 'tenThousandCases', lastYear: 365, measurements: one('2021-04', 99) }),
      DAY_100,
    );
    assert.equal(evaluation.delta, 99 - 100);
  });
});

describe('evaluateKpi: band, rates', () => {
  statusTests({ kind: 'band', target: 100, tolerance: 0.02 }, 'latest', inMonth('2021-01'), [
    ['inside the band is met', 100, 'met'],
    ['exactly the lower edge is met', 98, 'met'],
    ['exactly the upper edge is met', 102, 'met'],
    ['just below the band is at risk', 97.9, 'at-risk'],
    ['exactly lower edge × onTrack (93.1) is at risk', 93.1, 'at-risk'],
    ['just below lower edge × onTrack is off track', 93, 'off-track'],
    ['outside the band on December 31st is off track', 97.9, 'off-track', YEAR_END_2021],
  ]);
  test('a zero target is a band of width zero: exactly 0 is met, anything else off track', () => {
    assert.equal(statusOf({ kind: 'band', target: 0, tolerance: 0.5 }, 'latest', one('2021-01', 0), DAY_100), 'met');
    assert.equal(
      statusOf({ kind: 'band', target: 0, tolerance: 0.5 }, 'latest', one('2021-01', 0.1), DAY_100),
      'off-track',
    );
  });
  test('a negative target keeps a band of tolerance × |target|', () => {
    assert.equal(
      statusOf({ kind: 'band', target: -10, tolerance: 0.1 }, 'latest', one('2021-01', -11), DAY_100),
      'met',
    );
    assert.equal(
      statusOf({ kind: 'band', target: -10, tolerance: 0.1 }, 'latest', one('2021-01', -11.1), DAY_100),
      'off-track',
    );
  });
  test('a tolerance of 100 % below zero is off track, not a division by zero', () => {
    assert.equal(
      statusOf({ kind: 'band', target: 10, tolerance: 1 }, 'latest', one('2021-01', -1), DAY_100),
      'off-track',
    );
  });
});

describe('evaluateKpi: rankOutsideTop (1 = most outflow, worst)', () => {
  const rule: KpiRule = { kind: 'rankOutsideTop', n: 5 };
  statusTests(rule, 'latest', inMonth('2021-03'), [
    ['rank n + 1 is met', 6, 'met'],
    ['rank n is off track: inside the top n', 5, 'off-track'],
    ['rank 1, the worst, is off track', 1, 'off-track'],
    ['a rank far outside the top n is met', 40, 'met'],
  ]);
  test('the same on December 31st', () => {
    assert.equal(statusOf(rule, 'latest', one('2021-03', 6), YEAR_END_2021), 'met');
    assert.equal(statusOf(rule, 'latest', one('2021-03', 5), YEAR_END_2021), 'off-track');
  });
  test('target is n, progress and expected are null', () => {
    const evaluation = evaluateKpi(
      makeKpi({ rule, aggregation: 'latest', unit: 'rank', lastYear: 4, measurements: one('2021-03', 7) }),
      DAY_100,
    );
    assert.equal(evaluation.target, 5);
    assert.equal(evaluation.progress, null);
    assert.equal(evaluation.expected, null);
    assert.equal(evaluation.delta, 3);
    assert.deepEqual(evaluation.ruleText, { zh: '排名在前 5 名之外', en: 'outside the top 5' });
  });
});

describe('evaluateKpi: the result', () => {
  test('fits the KpiEvaluation schema and echoes the KPI', () => {
    const kpi = makeKpi({ rule: { kind: 'atLeast', target: 10 }, lastYear: 8, measurements: one('2020-02', 3) });
    const evaluation = evaluateKpi(kpi, '2020-02-15');
    assert.ok(z.safeParse(KpiEvaluation, evaluation).success);
    assert.deepEqual(evaluation, {
      kpiId: 'test-kpi',
      asOf: '2020-02-15',
      actual: 3,
      target: 10,
      progress: 0.3,
      expected: (10 * 46) / 366,
      status: 'on-track',
      ruleText: { zh: '≥ 10 起', en: '≥ 10 cases' },
      period: '2020-02',
      lastYear: 8,
      // 3 − 8 × 46 / 366 = 1.99…: a count changes by whole cases.
      delta: 2,
      deltaBasis: 'proRated',
    });
  });
  test('no measurement gives no-data with null actual, progress and delta', () => {
    const evaluation = evaluateKpi(makeKpi({ rule: { kind: 'atLeast', target: 10 }, lastYear: 8 }), '2020-06-30');
    assert.equal(evaluation.status, 'no-data');
    assert.equal(evaluation.actual, null);
    assert.equal(evaluation.progress, null);
    assert.equal(evaluation.delta, null);
    assert.equal(evaluation.period, null);
  });
  test('asOf before any measured month gives no-data', () => {
    assert.equal(statusOf({ kind: 'atLeast', target: 10 }, 'cumulative', one('2020-05', 3), '2019-12-31'), 'no-data');
  });
  test('DEFAULT_THRESHOLDS are 0.95 and 0.8 and cannot be changed', () => {
    assert.deepEqual(DEFAULT_THRESHOLDS, { onTrack: 0.95, atRisk: 0.8 });
    assert.throws(() => {
      (DEFAULT_THRESHOLDS as { onTrack: number }).onTrack = 0.5;
    }, TypeError);
  });
});

describe('evaluateKpi: bad input', () => {
  const kpi = makeKpi({ rule: { kind: 'atLeast', target: 10 }, measurements: one('2020-01', 1) });
  test('a month name for asOf names asOf', () =>
    assertValidationError(() => evaluateKpi(kpi, 'June'), 'asOf', /evaluateKpi/));
  test('an impossible date names asOf', () => assertValidationError(() => evaluateKpi(kpi, '2021-02-29'), 'asOf'));
  test('a missing KPI names kpi', () =>
    assertValidationError(() => evaluateKpi(undefined as never, '2020-06-30'), 'kpi'));
  test('a tolerance above 1 names kpi.rule.tolerance', () =>
    assertValidationError(
      () => evaluateKpi(makeKpi({ rule: { kind: 'band', target: 1, tolerance: 2 } }), '2020-06-30'),
      'kpi.rule.tolerance',
    ));
  test('an unknown rule kind names kpi.rule.kind', () =>
    assertValidationError(
      () => evaluateKpi(makeKpi({ rule: { kind: 'roughly', target: 1 } as never }), '2020-06-30'),
      'kpi.rule.kind',
      /unknown kind/,
    ));
  test('a NaN measurement names its value', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'atLeast', target: 1 }, measurements: one('2020-01', Number.NaN) }),
          '2020-06-30',
        ),
      'kpi.measurements.0.value',
    ));
  test('two measurements of one month name the second', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'atLeast', target: 1 }, measurements: [...one('2020-01', 1), ...one('2020-01', 2)] }),
          '2020-06-30',
        ),
      'kpi.measurements.1.period',
      /duplicate period 2020-01/,
    ));
  test('measurements of two years name the odd one', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'atLeast', target: 1 }, measurements: [...one('2020-01', 1), ...one('2019-12', 2)] }),
          '2020-06-30',
        ),
      'kpi.measurements.1.period',
    ));
  test('atRisk above onTrack names kpi.thresholds.atRisk', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'atLeast', target: 1 }, thresholds: { onTrack: 0.8, atRisk: 0.9 } }),
          '2020-06-30',
        ),
      'kpi.thresholds.atRisk',
    ));
  test('a cumulative rank names kpi.aggregation', () =>
    assertValidationError(
      () => evaluateKpi(makeKpi({ rule: { kind: 'rankOutsideTop', n: 3 }, aggregation: 'cumulative' }), '2020-06-30'),
      'kpi.aggregation',
    ));
  test('a rank of 0 names the measurement', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'rankOutsideTop', n: 3 }, aggregation: 'latest', measurements: one('2020-01', 0) }),
          '2020-06-30',
        ),
      'kpi.measurements.0.value',
    ));
});

const STATUS_ORDER: Record<KpiStatus, number> = { 'no-data': -1, 'off-track': 0, 'at-risk': 1, 'on-track': 2, met: 3 };

const thresholdsArbitrary = fc
  .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .map(([a, b]): KpiThresholds => ({ onTrack: Math.max(a, b), atRisk: Math.min(a, b) }));
const asOfArbitrary = fc
  .integer({ min: 0, max: 730 })
  .map((offset) => new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10));
const valueArbitrary = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('evaluateKpi: properties', () => {
  // atLeast rewards the higher actual, atMost the lower one: the better of two actuals never has a worse status.
  for (const [kind, better] of [
    ['atLeast', 'higher'],
    ['atMost', 'lower'],
  ] as const) {
    test(`${kind}: a ${better} actual never gives a worse status`, () => {
      fc.assert(
        fc.property(
          valueArbitrary,
          fc.constantFrom<KpiAggregation>('cumulative', 'ytd', 'latest'),
          thresholdsArbitrary,
          asOfArbitrary,
          valueArbitrary,
          valueArbitrary,
          (target, aggregation, thresholds, asOf, a, b) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            const rule: KpiRule = { kind, target };
            const lower = statusOf(rule, aggregation, one('2020-01', low), asOf, thresholds);
            const higher = statusOf(rule, aggregation, one('2020-01', high), asOf, thresholds);
            const [worse, best] = better === 'higher' ? [lower, higher] : [higher, lower];
            return STATUS_ORDER[best] >= STATUS_ORDER[worse];
          },
        ),
        { numRuns: 500 },
      );
    });
  }
  test('every evaluation fits the KpiEvaluation schema', () => {
    const ruleArbitrary = fc.oneof(
      valueArbitrary.map((target): KpiRule => ({ kind: 'atLeast', target })),
      valueArbitrary.map((target): KpiRule => ({ kind: 'atMost', target })),
      fc
        .tuple(valueArbitrary, fc.double({ min: 0.001, max: 1, noNaN: true }))
        .map(([target, tolerance]): KpiRule => ({ kind: 'band', target, tolerance })),
    );
    fc.assert(
      fc.property(
        ruleArbitrary,
        fc.constantFrom<KpiAggregation>('cumulative', 'ytd', 'latest'),
        asOfArbitrary,
        valueArbitrary,
        (rule, aggregation, asOf, value) => {
          const evaluation = evaluateKpi(
            makeKpi({ rule, aggregation, measurements: one('2020-03', value), lastYear: 1 }),
            asOf,
          );
          return z.safeParse(KpiEvaluation, evaluation).success;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateKpi: judged on every month ("保持在X%以上")', () => {
  const months = (...values: number[]): Measurement[] =>
    values.map((value, index) => ({ period: `2021-${String(index + 1).padStart(2, '0')}`, value }));
  const keep95: KpiRule = { kind: 'atLeast', target: 95, judge: 'everyMonth' };
  const evaluate = (rule: KpiRule, measurements: Measurement[], asOf = '2021-06-30') =>
    evaluateKpi(makeKpi({ rule, aggregation: 'latest', unit: 'percent', measurements }), asOf);

  test('every month at or above the target so far is on track, and lists no missed month', () => {
    const evaluation = evaluate(keep95, months(95, 96, 97, 95.5, 96, 98));
    assert.equal(evaluation.status, 'on-track');
    assert.deepEqual(evaluation.missedPeriods, []);
  });
  test('exactly the target in a month is kept', () =>
    assert.equal(evaluate(keep95, months(95, 95)).status, 'on-track'));
  test('one month just below the target is off track, even when the latest month recovers', () => {
    const evaluation = evaluate(keep95, months(96, 94.99, 97));
    assert.equal(evaluation.status, 'off-track');
    assert.equal(evaluation.actual, 97);
    assert.deepEqual(evaluation.missedPeriods, ['2021-02']);
  });
  test('the same figures judged on the latest month are met', () =>
    assert.equal(evaluate({ kind: 'atLeast', target: 95 }, months(96, 94.99, 97)).status, 'met'));
  test('kept every month to December 31st is met', () =>
    assert.equal(evaluate(keep95, months(95, 96, 97), '2021-12-31').status, 'met'));
  test('a month after asOf is not judged yet', () =>
    assert.equal(evaluate(keep95, months(96, 97, 90), '2021-02-28').status, 'on-track'));
  test('a rank inside the top n in any month is off track ("真烟外流排名低于前3")', () => {
    const rank: KpiRule = { kind: 'rankOutsideTop', n: 3, judge: 'everyMonth' };
    const evaluation = evaluateKpi(
      makeKpi({ rule: rank, aggregation: 'latest', unit: 'rank', measurements: months(4, 3, 6) }),
      '2021-03-31',
    );
    assert.equal(evaluation.status, 'off-track');
    assert.deepEqual(evaluation.missedPeriods, ['2021-02']);
    const kept = evaluateKpi(
      makeKpi({ rule: rank, aggregation: 'latest', unit: 'rank', measurements: months(4, 4, 6) }),
      '2021-03-31',
    );
    assert.equal(kept.status, 'on-track');
  });
  test('atMost on every month: one month above the limit is off track', () => {
    const limit: KpiRule = { kind: 'atMost', target: 2, judge: 'everyMonth' };
    assert.equal(evaluate(limit, months(2, 1, 0)).status, 'on-track');
    assert.equal(evaluate(limit, months(2, 2.01, 0)).status, 'off-track');
  });
  test('without measurements it is no-data', () => {
    const evaluation = evaluate(keep95, []);
    assert.equal(evaluation.status, 'no-data');
    assert.deepEqual(evaluation.missedPeriods, []);
  });
  test('a cumulative KPI judged on every month names kpi.rule.judge', () =>
    assertValidationError(
      () => evaluateKpi(makeKpi({ rule: keep95, aggregation: 'cumulative', measurements: months(1) }), '2021-03-31'),
      'kpi.rule.judge',
    ));
  test('an unknown judge names kpi.rule.judge', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: { kind: 'atLeast', target: 1, judge: 'sometimes' } as never, aggregation: 'latest' }),
          '2021-03-31',
        ),
      'kpi.rule.judge',
    ));
});

describe('evaluateKpi: the change on last year', () => {
  const months = (year: number, ...values: number[]): Measurement[] =>
    values.map((value, index) => ({ period: `${year}-${String(index + 1).padStart(2, '0')}`, value }));
  const cases: KpiRule = { kind: 'atLeast', target: 6 };

  test('a count with last year’s months compares with the same months: a whole number', () => {
    const evaluation = evaluateKpi(
      makeKpi({
        rule: cases,
        lastYear: 5,
        measurements: months(2021, 1, 0, 1, 0, 1, 0, 1, 1, 0),
        lastYearMeasurements: months(2020, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0),
      }),
      '2021-09-30',
    );
    assert.equal(evaluation.actual, 5);
    assert.equal(evaluation.delta, 1);
    assert.equal(evaluation.deltaBasis, 'samePeriod');
  });
  test('a count without last year’s months is pro-rated and rounded to whole cases', () => {
    // 5 − 5 × 273 / 365 = 1.26 → 1
    const evaluation = evaluateKpi(
      makeKpi({ rule: cases, lastYear: 5, measurements: months(2021, 1, 0, 1, 0, 1, 0, 1, 1, 0) }),
      '2021-09-30',
    );
    assert.equal(evaluation.delta, 1);
    assert.equal(evaluation.deltaBasis, 'proRated');
  });
  test('a pro-rated count change that rounds to nothing is 0, not -0', () => {
    const evaluation = evaluateKpi(makeKpi({ rule: cases, lastYear: 1, measurements: months(2021, 0) }), '2021-01-31');
    assert.ok(Object.is(evaluation.delta, 0), String(evaluation.delta));
  });
  test('last year’s months missing one measured month fall back to pro-rating', () => {
    const evaluation = evaluateKpi(
      makeKpi({
        rule: cases,
        lastYear: 5,
        measurements: months(2021, 1, 1),
        lastYearMeasurements: [{ period: '2020-01', value: 0 }],
      }),
      '2021-02-28',
    );
    assert.equal(evaluation.deltaBasis, 'proRated');
  });
  test('a volume keeps its fraction when pro-rated', () => {
    const evaluation = evaluateKpi(
      makeKpi({
        rule: { kind: 'atLeast', target: 365 },
        unit: 'tenThousandCases',
        lastYear: 365,
        measurements: one('2021-04', 99.5),
      }),
      DAY_100,
    );
    assert.equal(evaluation.delta, -0.5);
  });
  test('a rate compares with last year’s same month when known, else with last year’s figure', () => {
    const rate = (lastYearMeasurements?: Measurement[]) =>
      evaluateKpi(
        makeKpi({
          rule: { kind: 'atLeast', target: 95 },
          aggregation: 'latest',
          unit: 'percent',
          lastYear: 94.6,
          measurements: months(2021, 94.8, 96.1),
          ...(lastYearMeasurements ? { lastYearMeasurements } : {}),
        }),
        '2021-02-28',
      );
    const same = rate(months(2020, 94, 95.1));
    assert.equal(same.deltaBasis, 'samePeriod');
    assert.ok(Math.abs((same.delta ?? Number.NaN) - 1) < 1e-9);
    const latest = rate();
    assert.equal(latest.deltaBasis, 'lastYear');
    assert.ok(Math.abs((latest.delta ?? Number.NaN) - 1.5) < 1e-9);
  });
  test('no last year at all gives no delta and no basis', () => {
    const evaluation = evaluateKpi(makeKpi({ rule: cases, measurements: months(2021, 1) }), '2021-01-31');
    assert.equal(evaluation.delta, null);
    assert.equal(evaluation.deltaBasis, null);
  });
  test('last year’s months from another year than the one before name the period', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({ rule: cases, measurements: months(2021, 1), lastYearMeasurements: months(2019, 1) }),
          '2021-01-31',
        ),
      'kpi.lastYearMeasurements.0.period',
    ));
  test('a duplicate month of last year names the period', () =>
    assertValidationError(
      () =>
        evaluateKpi(
          makeKpi({
            rule: cases,
            measurements: months(2021, 1),
            lastYearMeasurements: [...months(2020, 1), ...months(2020, 2)],
          }),
          '2021-01-31',
        ),
      'kpi.lastYearMeasurements.1.period',
    ));
});

describe('evaluateKpi: open vocabularies', () => {
  test('a category and a unit the SDK does not know are evaluated, the rule text using the KPI’s label', () => {
    const kpi = {
      ...makeKpi({
        rule: { kind: 'atLeast', target: 1200 },
        aggregation: 'cumulative',
        measurements: one('2021-01', 100),
      }),
      category: 'quality',
      unit: 'tonne',
      vocabulary: { units: { tonne: { zh: '吨', en: 'tonnes' } } },
    };
    const evaluation = evaluateKpi(kpi, '2021-01-31');
    assert.equal(evaluation.status, 'on-track');
    assert.deepEqual(evaluation.ruleText, { zh: '≥ 1200吨', en: '≥ 1.2K tonnes' });
  });
  test('a malformed category names kpi.category', () =>
    assertValidationError(
      () => evaluateKpi({ ...makeKpi({ rule: { kind: 'atLeast', target: 1 } }), category: '质量' }, '2021-01-31'),
      'kpi.category',
    ));
});
