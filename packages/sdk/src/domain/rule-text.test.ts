// describeRule: each rule kind in words, in Chinese and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRule } from './rule-text.js';
import { assertValidationError } from '../test/domain-helpers.js';

describe('describeRule', () => {
  test('atLeast in percent', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'atLeast', target: 5 }, unit: 'percent', lastYear: 4 }), {
      zh: '≥ 5%',
      en: '≥ 5%',
    });
  });
  test('atLeast of a count', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'atLeast', target: 4 }, unit: 'count', lastYear: null }), {
      zh: '≥ 4 起',
      en: '≥ 4 cases',
    });
  });
  test('atMost(0) of a count is "0 起" / "0 cases"', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'atMost', target: 0 }, unit: 'count', lastYear: 0 }), {
      zh: '0 起',
      en: '0 cases',
    });
  });
  test('a fractional threshold is written as it is, never rounded to a whole count', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'atMost', target: 2.5 }, unit: 'count', lastYear: null }), {
      zh: '≤ 2.5 起',
      en: '≤ 2.5 cases',
    });
    assert.deepEqual(
      describeRule({ rule: { kind: 'atLeast', target: 0.00005 }, unit: 'tenThousandCases', lastYear: null }),
      { zh: '≥ 0.5箱', en: '≥ 0.5 cases' },
    );
  });
  test('atMost of anything else keeps the ≤', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'atMost', target: 1 }, unit: 'count', lastYear: null }), {
      zh: '≤ 1 起',
      en: '≤ 1 case',
    });
    assert.deepEqual(describeRule({ rule: { kind: 'atMost', target: 0 }, unit: 'percent', lastYear: null }), {
      zh: '≤ 0%',
      en: '≤ 0%',
    });
  });
  test('a band on last year reads "flat vs last year"', () => {
    assert.deepEqual(
      describeRule({ rule: { kind: 'band', target: 3.6, tolerance: 0.01 }, unit: 'tenThousandCases', lastYear: 3.6 }),
      {
        zh: '与上年基本持平 ±1%',
        en: 'flat vs last year ±1%',
      },
    );
  });
  test('a band on another figure names it', () => {
    assert.deepEqual(
      describeRule({ rule: { kind: 'band', target: 30, tolerance: 0.01 }, unit: 'tenThousandCases', lastYear: 29 }),
      {
        zh: '30万箱 ±1%',
        en: '300K cases ±1%',
      },
    );
  });
  test('a band without last year names its target', () => {
    assert.deepEqual(
      describeRule({ rule: { kind: 'band', target: 30, tolerance: 0.015 }, unit: 'tenThousandCases', lastYear: null })
        .en,
      '300K cases ±1.5%',
    );
  });
  test('rankOutsideTop', () => {
    assert.deepEqual(describeRule({ rule: { kind: 'rankOutsideTop', n: 5 }, unit: 'rank', lastYear: 7 }), {
      zh: '排名在前 5 名之外',
      en: 'outside the top 5',
    });
  });
  test('the case-value threshold of major cases is named: "5万元以上" / "worth ≥ 50,000 yuan"', () => {
    assert.deepEqual(
      describeRule({ rule: { kind: 'atLeast', target: 6 }, unit: 'count', lastYear: 5, params: { thresholdWan: 5 } }),
      { zh: '≥ 6 起（5万元以上）', en: '≥ 6 cases worth ≥ 50,000 yuan' },
    );
    assert.deepEqual(
      describeRule({
        rule: { kind: 'atLeast', target: 2 },
        unit: 'count',
        lastYear: null,
        params: { thresholdWan: 0.5 },
      }),
      { zh: '≥ 2 起（0.5万元以上）', en: '≥ 2 cases worth ≥ 5,000 yuan' },
    );
  });
  test('a rule judged on every month says so', () => {
    assert.deepEqual(
      describeRule({ rule: { kind: 'atLeast', target: 95, judge: 'everyMonth' }, unit: 'percent', lastYear: null }),
      { zh: '每月 ≥ 95%', en: '≥ 95% every month' },
    );
    assert.deepEqual(
      describeRule({ rule: { kind: 'rankOutsideTop', n: 3, judge: 'everyMonth' }, unit: 'rank', lastYear: null }),
      { zh: '每月 排名在前 3 名之外', en: 'outside the top 3 every month' },
    );
    assert.deepEqual(
      describeRule({ rule: { kind: 'atLeast', target: 95, judge: 'latest' }, unit: 'percent', lastYear: null }),
      { zh: '≥ 95%', en: '≥ 95%' },
    );
  });
  test('a unit of the data’s own is written with the KPI’s label, or its code', () => {
    const rule = { kind: 'atLeast', target: 1200 } as const;
    assert.deepEqual(
      describeRule({
        rule,
        unit: 'tonne',
        lastYear: null,
        vocabulary: { units: { tonne: { zh: '吨', en: 'tonnes' } } },
      }),
      { zh: '≥ 1200吨', en: '≥ 1.2K tonnes' },
    );
    assert.deepEqual(describeRule({ rule, unit: 'tonne', lastYear: null }), { zh: '≥ 1200 tonne', en: '≥ 1.2K tonne' });
  });
  test('rejects a malformed unit, naming kpi.unit', () =>
    assertValidationError(
      () => describeRule({ rule: { kind: 'atLeast', target: 5 }, unit: 'two words', lastYear: null }),
      'kpi.unit',
      /describeRule/,
    ));
  test('rejects a rank rule without n, naming kpi.rule.n', () =>
    assertValidationError(
      () => describeRule({ rule: { kind: 'rankOutsideTop' } as never, unit: 'rank', lastYear: null }),
      'kpi.rule.n',
    ));
  test('rejects a missing lastYear (null is required for "unknown")', () =>
    assertValidationError(
      () => describeRule({ rule: { kind: 'atLeast', target: 5 }, unit: 'percent' } as never),
      'kpi.lastYear',
    ));
});
