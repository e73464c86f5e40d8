// kpiGauge: the scale and its "nice" ceiling, positions along it, the pace, a band rule's zone (pro-rated as
// the status is), the sparkline, an attached evaluation, and bad input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { KpiRule, Measurement } from '../schemas/index.js';
import { evaluateKpi } from './kpi.js';
import { kpiGauge, niceCeiling } from './gauge.js';
import { assertValidationError, makeKpi } from '../test/domain-helpers.js';

// 2021 has 365 days and 2021-04-10 is its 100th: a target of 365 then expects exactly 100.
const DAY_100 = '2021-04-10';
const one = (period: string, value: number): Measurement[] => [{ period, value }];
const months = (...values: number[]): Measurement[] =>
  values.map((value, index) => ({ period: `2021-${String(index + 1).padStart(2, '0')}`, value }));

describe('niceCeiling', () => {
  test('is 1 for nothing above zero', () => {
    assert.equal(niceCeiling(0), 1);
    assert.equal(niceCeiling(-5), 1);
  });
  test('rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    assert.deepEqual(
      [1.1, 1.3, 1.9, 2.2, 2.9, 3.5, 4.5, 5.5, 7, 9, 57.5, 101, 0.034].map(niceCeiling),
      [1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 60, 120, 0.04],
    );
  });
  test('keeps a value that is already nice', () => {
    for (const value of [1, 2, 50, 100, 120]) assert.equal(niceCeiling(value), value);
  });
  test('never falls below its value, nor above 4/3 of it (from 1.5 to 2, from 3 to 4)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (value) => {
        const ceiling = niceCeiling(value);
        return ceiling >= value * 0.9999 && ceiling <= (value * 4) / 3 + 1e-9;
      }),
    );
  });
});

describe('kpiGauge: the scale', () => {
  test('of atLeast starts at zero and leaves 15 % above the highest value', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 50 }, aggregation: 'latest', measurements: one('2021-03', 40) }),
      DAY_100,
    );
    assert.deepEqual([gauge.min, gauge.max], [0, 60]);
  });
  test('of atMost leaves room above the limit, even a limit of zero', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atMost', target: 0 }, measurements: one('2021-03', 0) }), DAY_100);
    assert.deepEqual([gauge.min, gauge.max], [0, 3]);
  });
  test('of a rank KPI runs from rank 1 to at least twice n', () => {
    const rule: KpiRule = { kind: 'rankOutsideTop', n: 5 };
    const gauge = kpiGauge(makeKpi({ rule, aggregation: 'latest', measurements: one('2021-03', 9) }), DAY_100);
    assert.deepEqual([gauge.min, gauge.max], [1, 10]);
  });
  test('goes below zero, to a nice number, for a negative value', () => {
    const rule: KpiRule = { kind: 'atLeast', target: 5 };
    const gauge = kpiGauge(
      makeKpi({ rule, aggregation: 'latest', unit: 'percent', measurements: one('2021-03', -1234.56) }),
      DAY_100,
    );
    assert.equal(gauge.min, -1500);
  });
  test('holds the actual, the target, the pace and last year', () => {
    const rules: KpiRule[] = [
      { kind: 'atLeast', target: 365 },
      { kind: 'atMost', target: 12 },
      { kind: 'band', target: 365, tolerance: 0.05 },
      { kind: 'rankOutsideTop', n: 5 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: 0, max: 1000 }),
        fc.option(fc.integer({ min: 1, max: 1000 })),
        (rule, actual, lastYear) => {
          const rank = rule.kind === 'rankOutsideTop';
          const measurements = one('2021-04', rank ? Math.max(1, actual) : actual);
          const gauge = kpiGauge(
            makeKpi({ rule, measurements, lastYear, aggregation: rank ? 'latest' : 'cumulative' }),
            DAY_100,
          );
          const { evaluation } = gauge;
          for (const value of [evaluation.actual, evaluation.target, evaluation.expected, evaluation.lastYear]) {
            if (value !== null && !(value >= gauge.min && value <= gauge.max)) return false;
          }
          return gauge.max > gauge.min;
        },
      ),
    );
  });
});

describe('kpiGauge: positions along the scale', () => {
  test('put the actual and the target at their share of the scale, in percent', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 50 }, aggregation: 'latest', measurements: one('2021-03', 30) }),
      DAY_100,
    );
    assert.equal(gauge.reached, 50);
    assert.ok(Math.abs(gauge.targetAt - (50 / 60) * 100) < 1e-9);
  });
  test('start at zero without data', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atLeast', target: 50 } }), DAY_100);
    assert.equal(gauge.evaluation.actual, null);
    assert.equal(gauge.reached, 0);
  });
  test('stay between 0 and 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 100000 }), (actual) => {
        const gauge = kpiGauge(
          makeKpi({ rule: { kind: 'atLeast', target: 365 }, measurements: one('2021-04', actual) }),
          DAY_100,
        );
        return [gauge.reached, gauge.targetAt, gauge.pace?.at ?? 0].every((at) => at >= 0 && at <= 100);
      }),
    );
  });
});

describe('kpiGauge: the pace', () => {
  test('of a cumulative KPI is the expected value by now, at its place on the scale', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 365 }, measurements: one('2021-04', 90) }),
      DAY_100,
    );
    assert.equal(gauge.pace?.value, 100);
    assert.ok(Math.abs((gauge.pace?.at ?? 0) - (100 / gauge.max) * 100) < 1e-9);
  });
  test('is left out for a rate, which has none', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 90 }, aggregation: 'latest', measurements: one('2021-03', 88) }),
      DAY_100,
    );
    assert.equal(gauge.pace, null);
  });
  test('is left out when it is zero: atMost(0) says nothing by a pace', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atMost', target: 0 }, measurements: one('2021-03', 0) }), DAY_100);
    assert.equal(gauge.evaluation.expected, 0);
    assert.equal(gauge.pace, null);
  });
});

describe('kpiGauge: the band zone', () => {
  test('is target × (1 ± tolerance) for a rate', () => {
    const rule: KpiRule = { kind: 'band', target: 100, tolerance: 0.02 };
    const gauge = kpiGauge(makeKpi({ rule, aggregation: 'latest', measurements: one('2021-03', 100) }), DAY_100);
    const at = (value: number) => ((value - gauge.min) / (gauge.max - gauge.min)) * 100;
    assert.deepEqual(gauge.zone, [at(98), at(102)]);
  });
  test('is pro-rated to the date for a cumulative KPI, as its status is: [99, 101] by day 100 of 365 ± 1 %', () => {
    const rule: KpiRule = { kind: 'band', target: 365, tolerance: 0.01 };
    const gauge = kpiGauge(makeKpi({ rule, measurements: one('2021-04', 100) }), DAY_100);
    const at = (value: number) => ((value - gauge.min) / (gauge.max - gauge.min)) * 100;
    const [from, to] = gauge.zone ?? [Number.NaN, Number.NaN];
    assert.ok(Math.abs(from - at(99)) < 1e-9 && Math.abs(to - at(101)) < 1e-9, `${from}–${to}`);
  });
  test('holds the indicator exactly when the status says the actual is inside the band', () => {
    const rule: KpiRule = { kind: 'band', target: 365, tolerance: 0.05 };
    fc.assert(
      fc.property(
        fc.integer({ min: 80, max: 120 }),
        fc.constantFrom('cumulative', 'latest') as fc.Arbitrary<'cumulative' | 'latest'>,
        (actual, aggregation) => {
          const kpi = makeKpi({
            rule,
            aggregation,
            measurements: one('2021-04', aggregation === 'latest' ? actual * 3.65 : actual),
          });
          const gauge = kpiGauge(kpi, DAY_100);
          const [from, to] = gauge.zone ?? [Number.NaN, Number.NaN];
          const inside = gauge.reached >= from - 1e-9 && gauge.reached <= to + 1e-9;
          return inside === ['on-track', 'met'].includes(evaluateKpi(kpi, DAY_100).status);
        },
      ),
    );
  });
  test('is null for other rules', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 365 }, measurements: one('2021-04', 90) }),
      DAY_100,
    );
    assert.equal(gauge.zone, null);
  });
});

describe('kpiGauge: the sparkline', () => {
  test('runs from x = 0 to x = 100, the lowest month at y = 22 and the highest at y = 2', () => {
    const gauge = kpiGauge(
      makeKpi({ rule: { kind: 'atLeast', target: 90 }, aggregation: 'latest', measurements: months(10, 30, 20) }),
      DAY_100,
    );
    assert.equal(gauge.sparkline, '0,22 50,2 100,12');
  });
  test('is flat at the bottom when every month is the same', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atMost', target: 0 }, measurements: months(0, 0, 0) }), DAY_100);
    assert.equal(gauge.sparkline, '0,22 50,22 100,22');
  });
  test('draws the running total of a cumulative KPI', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atLeast', target: 12 }, measurements: months(1, 0, 1) }), DAY_100);
    assert.equal(gauge.sparkline, '0,22 50,22 100,2');
  });
  test('is null with fewer than two months', () => {
    const gauge = kpiGauge(makeKpi({ rule: { kind: 'atLeast', target: 12 }, measurements: months(1) }), DAY_100);
    assert.equal(gauge.sparkline, null);
  });
});

describe('kpiGauge: the evaluation', () => {
  const kpi = makeKpi({ rule: { kind: 'atLeast', target: 365 }, measurements: one('2021-04', 90) });
  test('is computed as evaluateKpi computes it', () => {
    assert.deepEqual(kpiGauge(kpi, DAY_100).evaluation, evaluateKpi(kpi, DAY_100));
  });
  test('attached to the KPI for the same date is used as given', () => {
    const attached = { ...evaluateKpi(kpi, DAY_100), ruleText: { zh: '服务器的文字', en: "the server's text" } };
    assert.equal(kpiGauge({ ...kpi, evaluation: attached }, DAY_100).evaluation.ruleText.en, "the server's text");
  });
  test('attached for another date is recomputed', () => {
    const attached = { ...evaluateKpi(kpi, '2021-03-31'), ruleText: { zh: '旧', en: 'old' } };
    assert.equal(kpiGauge({ ...kpi, evaluation: attached }, DAY_100).evaluation.asOf, DAY_100);
  });
});

describe('kpiGauge: bad input', () => {
  test('a malformed KPI is a ValidationError naming the field', () => {
    const kpi = makeKpi({ rule: { kind: 'atLeast', target: 365 } });
    // Aggregation is a closed vocabulary (units are open codes since issue 13).
    assertValidationError(
      () => kpiGauge({ ...kpi, aggregation: 'bushels' as 'cumulative' }, DAY_100),
      'kpi.aggregation',
    );
  });
  test('a malformed date is a ValidationError', () => {
    assertValidationError(() => kpiGauge(makeKpi({ rule: { kind: 'atLeast', target: 1 } }), '2021-13-01'), 'asOf');
  });
});
