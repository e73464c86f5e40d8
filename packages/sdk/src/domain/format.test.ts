// formatValue: every unit in both locales, signs, whole counts, the edges of Intl compact notation, NaN and infinities.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue } from './format.js';
import { assertValidationError } from '../test/domain-helpers.js';

describe('formatValue', () => {
  const cases: Array<[number, Parameters<typeof formatValue>[1], string, string]> = [
    // value, unit, zh-CN, en
    [6.2, 'percent', '6.2%', '6.2%'],
    [95, 'percent', '95%', '95%'],
    [0.125, 'percent', '0.13%', '0.13%'],
    [3, 'count', '3 起', '3 cases'],
    [1, 'count', '1 起', '1 case'],
    [0, 'count', '0 起', '0 cases'],
    [12000, 'count', '1.2万 起', '12K cases'],
    [3.6, 'tenThousandCases', '3.6万箱', '36K cases'],
    [30, 'tenThousandCases', '30万箱', '300K cases'],
    [0.52, 'tenThousandCases', '5200箱', '5.2K cases'],
    [12345, 'tenThousandCases', '1.2亿箱', '123.5M cases'],
    [7, 'rank', '第7名', 'No. 7'],
    [123456, 'yuan', '12.3万元', '¥123.5K'],
    [800, 'yuan', '800元', '¥800'],
    [12000, 'number', '1.2万', '12K'],
    [123456789, 'number', '1.2亿', '123.5M'],
    [999, 'number', '999', '999'],
  ];
  for (const [value, unit, zh, en] of cases) {
    test(`${value} ${unit} is "${zh}" in zh-CN and "${en}" in en`, () => {
      assert.equal(formatValue(value, unit, 'zh-CN'), zh);
      assert.equal(formatValue(value, unit, 'en'), en);
    });
  }
  test('signed values show + and -, zero stays unsigned', () => {
    assert.equal(formatValue(6.2, 'percent', 'en', { signed: true }), '+6.2%');
    assert.equal(formatValue(-3, 'count', 'zh-CN', { signed: true }), '-3 起');
    assert.equal(formatValue(0, 'percent', 'en', { signed: true }), '0%');
    assert.equal(formatValue(2, 'rank', 'en', { signed: true }), '+2 places');
    assert.equal(formatValue(-1, 'rank', 'zh-CN', { signed: true }), '-1名');
  });
  test('counts of things are whole until abbreviated: a pro-rated change reads "-751箱", not "-750.8箱"', () => {
    assert.equal(formatValue(-0.07508, 'tenThousandCases', 'zh-CN', { signed: true }), '-751箱');
    assert.equal(formatValue(-0.07508, 'tenThousandCases', 'en', { signed: true }), '-751 cases');
    assert.equal(formatValue(4.5, 'count', 'zh-CN'), '5 起');
    assert.equal(formatValue(-0.2, 'count', 'zh-CN', { signed: true }), '0 起');
    assert.equal(formatValue(1.3, 'count', 'en', { signed: true }), '+1 case');
    assert.equal(formatValue(0.6, 'count', 'en'), '1 case');
    assert.equal(formatValue(1.5, 'count', 'en'), '2 cases');
    // Abbreviated figures keep their decimal, and rounding into the next range abbreviates.
    assert.equal(formatValue(12_345, 'count', 'en'), '12.3K cases');
    assert.equal(formatValue(999.6, 'count', 'en'), '1K cases');
    assert.equal(formatValue(9_999.6, 'count', 'zh-CN'), '1万 起');
  });
  test('English case words follow the figure shown, halves included', () => {
    assert.equal(formatValue(-0.5, 'count', 'en', { signed: true }), '-1 case');
    assert.equal(formatValue(-1.5, 'count', 'en', { signed: true }), '-2 cases');
    assert.equal(formatValue(0.5, 'count', 'en'), '1 case');
    assert.equal(formatValue(-0.4, 'count', 'en', { signed: true }), '0 cases');
  });
  test('English case words follow the figure shown, in any non-Chinese locale', () => {
    assert.equal(formatValue(1, 'tenThousandCases', 'en'), '10K cases');
    assert.equal(formatValue(0.0001, 'tenThousandCases', 'en'), '1 case');
    assert.equal(formatValue(0, 'count', 'fr'), '0 cases');
  });
  test('negative values without the option keep their minus', () =>
    assert.equal(formatValue(-1.5, 'percent', 'zh-CN'), '-1.5%'));
  test('a negative that rounds to zero never shows as "-0", in any script', () => {
    for (const locale of ['ar', 'ar-EG', 'fa', 'hi-IN-u-nu-deva', 'he']) {
      assert.equal(formatValue(-0.4, 'count', locale), formatValue(0, 'count', locale), locale);
      assert.equal(formatValue(-0.0001, 'percent', locale), formatValue(0, 'percent', locale), locale);
      assert.equal(formatValue(-0, 'number', locale), formatValue(0, 'number', locale), locale);
    }
  });
  test('a tiny negative never shows as "-0"', () => {
    assert.equal(formatValue(-0.0001, 'percent', 'en'), '0%');
    assert.equal(formatValue(-0, 'count', 'en'), '0 cases');
    assert.equal(formatValue(-0.01, 'number', 'zh-CN', { signed: true }), '0');
  });
  test('NaN is a dash, infinities are ∞', () => {
    assert.equal(formatValue(Number.NaN, 'percent', 'zh-CN'), '—');
    assert.equal(formatValue(Number.POSITIVE_INFINITY, 'count', 'en'), '∞');
    assert.equal(formatValue(Number.NEGATIVE_INFINITY, 'number', 'en'), '-∞');
    assert.equal(formatValue(Number.POSITIVE_INFINITY, 'percent', 'en', { signed: true }), '+∞');
  });
  test('other Chinese locales use Chinese units with their own digits', () =>
    assert.equal(formatValue(123456, 'number', 'zh-TW'), '12.3萬'));
  test('other locales use English words with their own digits', () =>
    assert.equal(formatValue(1.5, 'percent', 'de'), '1,5\u00a0%'));
  test('rejects a value that is not a number, naming value', () =>
    assertValidationError(() => formatValue('6.2' as never, 'percent', 'en'), 'value', /formatValue/));
  test('a unit the SDK does not know is the figure and the code when no label is given', () => {
    assert.equal(formatValue(12, 'tonne', 'zh-CN'), '12 tonne');
    assert.equal(formatValue(12000, 'tonne', 'en', { signed: true }), '+12K tonne');
  });
  test('a unit the SDK does not know takes its label from the vocabulary, Chinese without a space', () => {
    const vocabulary = { units: { tonne: { zh: '吨', en: 'tonnes' } } };
    assert.equal(formatValue(12.5, 'tonne', 'zh-CN', { vocabulary }), '12.5吨');
    assert.equal(formatValue(12.5, 'tonne', 'en', { vocabulary }), '12.5 tonnes');
  });
  test('a known unit keeps the SDK’s formatting whatever the vocabulary says', () =>
    assert.equal(
      formatValue(3, 'count', 'zh-CN', { vocabulary: { units: { count: { zh: '件', en: 'items' } } } }),
      '3 起',
    ));
  test('rejects a malformed unit, naming unit', () =>
    assertValidationError(() => formatValue(1, '12 boxes!', 'en'), 'unit'));
  test('rejects a malformed vocabulary, naming options.vocabulary', () =>
    assertValidationError(
      () => formatValue(1, 'tonne', 'en', { vocabulary: { units: { tonne: { zh: '吨' } } } as never }),
      'options.vocabulary.units.tonne.en',
    ));
  test('rejects a malformed locale, naming locale', () =>
    assertValidationError(() => formatValue(1, 'count', 'not a locale!'), 'locale'));
  test('rejects an empty locale, naming locale', () =>
    assertValidationError(() => formatValue(1, 'count', ''), 'locale'));
  test('rejects a non-boolean signed, naming options.signed', () =>
    assertValidationError(() => formatValue(1, 'count', 'en', { signed: 'yes' } as never), 'options.signed'));
});
