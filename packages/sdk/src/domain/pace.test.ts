// kpiPace and kpiSeries: the straight-line pace of cumulative KPIs and the month-by-month actuals.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { kpiPace } from './pace.js';
import { kpiSeries } from './series.js';
import { evaluateKpi, evaluateKpiWithSeries } from './kpi.js';
import { assertValidationError, makeKpi } from '../test/domain-helpers.js';

describe('kpiPace', () => {
  const cumulative = makeKpi({
    rule: { kind: 'atLeast', target: 366 },
    measurements: [{ period: '2020-01', value: 1 }],
  });
  test('is target × days elapsed through asOf / days in the year', () =>
    assert.equal(kpiPace(cumulative, '2020-02-29'), 60));
  test('counts January 1st as one day elapsed', () => assert.equal(kpiPace(cumulative, '2020-01-01'), 1));
  test('is the whole target on December 31st', () => assert.equal(kpiPace(cumulative, '2020-12-31'), 366));
  test('stays the whole target after the year', () => assert.equal(kpiPace(cumulative, '2021-05-01'), 366));
  test('is 0 before the year', () => assert.equal(kpiPace(cumulative, '2019-12-31'), 0));
  test('uses a 365-day year when the year is not a leap year', () => {
    assert.equal(
      kpiPace(
        makeKpi({ rule: { kind: 'atMost', target: 365 }, measurements: [{ period: '2021-03', value: 1 }] }),
        '2021-04-10',
      ),
      100,
    );
  });
  test('without measurements paces through the year of asOf', () => {
    assert.equal(kpiPace(makeKpi({ rule: { kind: 'band', target: 365, tolerance: 0.01 } }), '2021-04-10'), 100);
  });
  test('is null for year-to-date and latest KPIs', () => {
    assert.equal(kpiPace(makeKpi({ rule: { kind: 'atLeast', target: 5 }, aggregation: 'ytd' }), '2020-06-30'), null);
    assert.equal(
      kpiPace(makeKpi({ rule: { kind: 'atLeast', target: 95 }, aggregation: 'latest' }), '2020-06-30'),
      null,
    );
  });
  test('is null for a rank', () =>
    assert.equal(
      kpiPace(makeKpi({ rule: { kind: 'rankOutsideTop', n: 3 }, aggregation: 'latest' }), '2020-06-30'),
      null,
    ));
  test('rejects a bad asOf, naming it', () =>
    assertValidationError(() => kpiPace(cumulative, '2020/06/30'), 'asOf', /kpiPace/));
  test('rejects a KPI without a rule, naming kpi.rule', () =>
    assertValidationError(() => kpiPace({ ...cumulative, rule: undefined } as never, '2020-06-30'), 'kpi.rule'));
});

describe('kpiSeries', () => {
  const measurements = [
    { period: '2020-03', value: 3 },
    { period: '2020-01', value: 1 },
    { period: '2020-02', value: 2 },
    { period: '2020-05', value: 5 },
  ];
  test('cumulative KPIs give the running sum, oldest first', () => {
    assert.deepEqual(kpiSeries(makeKpi({ rule: { kind: 'atLeast', target: 10 }, measurements }), '2020-04-30'), [
      { period: '2020-01', value: 1 },
      { period: '2020-02', value: 3 },
      { period: '2020-03', value: 6 },
    ]);
  });
  test('rates give each month’s figure', () => {
    assert.deepEqual(
      kpiSeries(makeKpi({ rule: { kind: 'atLeast', target: 10 }, aggregation: 'ytd', measurements }), '2020-12-31'),
      [
        { period: '2020-01', value: 1 },
        { period: '2020-02', value: 2 },
        { period: '2020-03', value: 3 },
        { period: '2020-05', value: 5 },
      ],
    );
  });
  test('includes asOf’s own month (month-to-date)', () => {
    assert.equal(kpiSeries(makeKpi({ rule: { kind: 'atLeast', target: 10 }, measurements }), '2020-05-01').length, 4);
  });
  test('is empty without measurements up to asOf', () => {
    assert.deepEqual(kpiSeries(makeKpi({ rule: { kind: 'atLeast', target: 10 }, measurements }), '2019-12-31'), []);
  });
  test('its last point is the evaluation’s actual', async () => {
    const { evaluateKpi } = await import('./kpi.js');
    const kpi = makeKpi({ rule: { kind: 'atLeast', target: 10 }, measurements });
    const series = kpiSeries(kpi, '2020-06-30');
    assert.equal(series[series.length - 1]?.value, evaluateKpi(kpi, '2020-06-30').actual);
  });
  test('rejects a bad asOf, naming it', () =>
    assertValidationError(() => kpiSeries(makeKpi({ rule: { kind: 'atLeast', target: 1 } }), ''), 'asOf', /kpiSeries/));
  test('rejects a measurement period that is not a month, naming it', () =>
    assertValidationError(
      () =>
        kpiSeries(
          makeKpi({ rule: { kind: 'atLeast', target: 1 }, measurements: [{ period: '2020-13', value: 1 }] }),
          '2020-06-30',
        ),
      'kpi.measurements.0.period',
    ));
});

describe('evaluateKpiWithSeries', () => {
  const kpi = makeKpi({
    rule: { kind: 'atLeast', target: 12 },
    measurements: [
      { period: '2020-01', value: 1 },
      { period: '2020-02', value: 2 },
    ],
  });
  test('gives the same evaluation and series as evaluateKpi and kpiSeries', () => {
    assert.deepEqual(evaluateKpiWithSeries(kpi, '2020-02-29'), {
      evaluation: evaluateKpi(kpi, '2020-02-29'),
      series: kpiSeries(kpi, '2020-02-29'),
    });
  });
  test('bad input is a ValidationError naming the argument', () =>
    assertValidationError(() => evaluateKpiWithSeries(kpi, 'June'), 'asOf', /evaluateKpiWithSeries/));
});
