// describeRule: each rule kind in words, in Chinese and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kpi, KpiRule, LocalizedText } from '../schemas/index.js';
import { describeRule } from './rule-text.js';
import { assertValidationError } from '../test/domain-helpers.js';

/** Assert describeRule's words for a KPI with this rule, unit and last year's actual (null: unknown), and any params or vocabulary. */
function assertWords(
  rule: KpiRule,
  unit: string,
  lastYear: number | null,
  expected: LocalizedText,
  more: Partial<Pick<Kpi, 'params' | 'vocabulary'>> = {},
): void {
  assert.deepEqual(describeRule({ rule, unit, lastYear, ...more }), expected);
}

describe('describeRule', () => {
  test('atLeast in percent', () =>
    assertWords({ kind: 'atLeast', target: 5 }, 'percent', 4, { zh: '≥ 5%', en: '≥ 5%' }));
  test('atLeast of a count', () =>
    assertWords({ kind: 'atLeast', target: 4 }, 'count', null, { zh: '≥ 4 起', en: '≥ 4 cases' }));
  test('atMost(0) of a count is "0 起" / "0 cases"', () =>
    assertWords({ kind: 'atMost', target: 0 }, 'count', 0, { zh: '0 起', en: '0 cases' }));
  test('a fractional threshold is written as it is, never rounded to a whole count', () => {
    assertWords({ kind: 'atMost', target: 2.5 }, 'count', null, { zh: '≤ 2.5 起', en: '≤ 2.5 cases' });
    assertWords({ kind: 'atLeast', target: 0.00005 }, 'tenThousandCases', null, { zh: '≥ 0.5箱', en: '≥ 0.5 cases' });
  });
  test('atMost of anything else keeps the ≤', () => {
    assertWords({ kind: 'atMost', target: 1 }, 'count', null, { zh: '≤ 1 起', en: '≤ 1 case' });
    assertWords({ kind: 'atMost', target: 0 }, 'percent', null, { zh: '≤ 0%', en: '≤ 0%' });
  });
  const band = (target: number, tolerance: number): KpiRule => ({ kind: 'band', target, tolerance });
  test('a band on last year reads "flat vs last year"', () =>
    assertWords(band(3.6, 0.01), 'tenThousandCases', 3.6, { zh: '与上年基本持平 ±1%', en: 'flat vs last year ±1%' }));
  test('a band on another figure names it', () =>
    assertWords(band(30, 0.01), 'tenThousandCases', 29, { zh: '30万箱 ±1%', en: '300K cases ±1%' }));
  test('a band without last year names its target', () => {
    assert.deepEqual(
      describeRule({ rule: band(30, 0.015), unit: 'tenThousandCases', lastYear: null }).en,
      '300K cases ±1.5%',
    );
  });
  test('rankOutsideTop', () =>
    assertWords({ kind: 'rankOutsideTop', n: 5 }, 'rank', 7, { zh: '排名在前 5 名之外', en: 'outside the top 5' }));
  test('the case-value threshold of major cases is named: "5万元以上" / "worth ≥ 50,000 yuan"', () => {
    const words = (target: number, lastYear: number | null, thresholdWan: number, zh: string, en: string) =>
      assertWords({ kind: 'atLeast', target }, 'count', lastYear, { zh, en }, { params: { thresholdWan } });
    words(6, 5, 5, '≥ 6 起（5万元以上）', '≥ 6 cases worth ≥ 50,000 yuan');
    words(2, null, 0.5, '≥ 2 起（0.5万元以上）', '≥ 2 cases worth ≥ 5,000 yuan');
  });
  test('a rule judged on every month says so', () => {
    assertWords({ kind: 'atLeast', target: 95, judge: 'everyMonth' }, 'percent', null, {
      zh: '每月 ≥ 95%',
      en: '≥ 95% every month',
    });
    assertWords({ kind: 'rankOutsideTop', n: 3, judge: 'everyMonth' }, 'rank', null, {
      zh: '每月 排名在前 3 名之外',
      en: 'outside the top 3 every month',
    });
    assertWords({ kind: 'atLeast', target: 95, judge: 'latest' }, 'percent', null, { zh: '≥ 95%', en: '≥ 95%' });
  });
  test('a unit of the data’s own is written with the KPI’s label, or its code', () => {
    const rule = { kind: 'atLeast', target: 1200 } as const;
    const vocabulary = { units: { tonne: { zh: '吨', en: 'tonnes' } } };
    assertWords(rule, 'tonne', null, { zh: '≥ 1200吨', en: '≥ 1.2K tonnes' }, { vocabulary });
    assertWords(rule, 'tonne', null, { zh: '≥ 1200 tonne', en: '≥ 1.2K tonne' });
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
