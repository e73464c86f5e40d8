// vocabularyLabel / vocabularyText / withPlanVocabulary: known codes keep the SDK's labels, data names its own, an unknown code shows as itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  KNOWN_GRID_ITEM_KINDS,
  KNOWN_KPI_CATEGORIES,
  KNOWN_KPI_UNITS,
  KNOWN_OWNER_DEPTS,
  GridItemKind,
  KpiCategory,
  OwnerDept,
  VocabularyCode,
  type Vocabulary,
} from '../schemas/index.js';
import * as z from 'zod/mini';
import { KNOWN_LABELS, vocabularyLabel, vocabularyText, withPlanVocabulary } from './vocabulary.js';
import { assertValidationError, makeKpi } from '../test/domain-helpers.js';

const bureau: Vocabulary = {
  departments: { 'quality-office': { zh: '质量办', en: 'Quality office' } },
  categories: { quality: { zh: '质量管理', en: 'Quality' } },
  units: { tonne: { zh: '吨', en: 'tonnes' } },
  itemKinds: { 'noise-complaint': { zh: '噪声投诉', en: 'Noise complaint' } },
};

describe('VocabularyCode', () => {
  test('accepts the seed’s codes and a bureau’s own', () => {
    for (const code of ['monopoly', 'tenThousandCases', 'case-group', 'quality_office', 'Q', 'a'.repeat(48)])
      assert.ok(z.safeParse(VocabularyCode, code).success, code);
  });
  test('refuses empty, too long, non-ASCII, spaced and digit-first codes', () => {
    for (const code of ['', 'a'.repeat(49), '质量', 'two words', '1st', '-x', 'a.b', 'a/b'])
      assert.ok(!z.safeParse(VocabularyCode, code).success, code);
  });
  test('departments, categories and item kinds are open vocabularies of well-formed codes', () => {
    for (const schema of [OwnerDept, KpiCategory, GridItemKind]) {
      assert.ok(z.safeParse(schema, 'quality').success);
      assert.ok(!z.safeParse(schema, 'two words').success);
    }
  });
});

describe('vocabularyLabel', () => {
  test('every known code has a label in both languages', () => {
    const known = {
      departments: KNOWN_OWNER_DEPTS,
      categories: KNOWN_KPI_CATEGORIES,
      units: KNOWN_KPI_UNITS,
      itemKinds: KNOWN_GRID_ITEM_KINDS,
    } as const;
    for (const [kind, codes] of Object.entries(known) as Array<[keyof typeof known, readonly string[]]>) {
      assert.deepEqual(Object.keys(KNOWN_LABELS[kind]).sort(), [...codes].sort(), kind);
      for (const code of codes) {
        const text = vocabularyText(kind, code);
        assert.ok(text.zh !== '' && text.en !== '' && text.zh !== code, `${kind}.${code}`);
      }
    }
  });
  test('a known code keeps the SDK’s label, in Chinese for any zh tag and English otherwise', () => {
    assert.equal(vocabularyLabel('departments', 'monopoly', 'zh-CN'), '专卖部门');
    assert.equal(vocabularyLabel('departments', 'monopoly', 'zh-Hant-TW'), '专卖部门');
    assert.equal(vocabularyLabel('departments', 'monopoly', 'en'), 'Monopoly administration');
    assert.equal(vocabularyLabel('categories', 'safety', 'de'), 'Safety');
  });
  test('data cannot relabel a known code', () =>
    assert.equal(
      vocabularyLabel('categories', 'safety', 'zh-CN', { categories: { safety: { zh: '安全', en: 'S' } } }),
      '安全生产',
    ));
  test('a code of the data’s own gets the data’s label', () => {
    assert.equal(vocabularyLabel('departments', 'quality-office', 'zh-CN', bureau), '质量办');
    assert.equal(vocabularyLabel('categories', 'quality', 'en', bureau), 'Quality');
    assert.equal(vocabularyLabel('units', 'tonne', 'zh-CN', bureau), '吨');
    assert.equal(vocabularyLabel('itemKinds', 'noise-complaint', 'en', bureau), 'Noise complaint');
  });
  test('the first vocabulary that names the code wins (a KPI’s own before its plan’s)', () =>
    assert.equal(
      vocabularyLabel('categories', 'quality', 'zh-CN', { categories: { quality: { zh: '品质', en: 'Q' } } }, bureau),
      '品质',
    ));
  test('an unknown code without a label is shown as the code, never blank', () => {
    assert.equal(vocabularyLabel('categories', 'quality', 'zh-CN'), 'quality');
    assert.equal(vocabularyLabel('departments', 'quality', 'en', undefined, {}), 'quality');
  });
  test('a code that is an Object.prototype name is still just a code', () =>
    assert.equal(vocabularyLabel('categories', 'constructor', 'en', bureau), 'constructor'));
  test('bad arguments are ValidationErrors naming them', () => {
    assertValidationError(() => vocabularyLabel('teams' as never, 'x', 'en'), 'kind');
    assertValidationError(() => vocabularyLabel('categories', 'two words', 'en'), 'code');
    assertValidationError(() => vocabularyLabel('categories', 'x', ''), 'locale');
    assertValidationError(
      () => vocabularyLabel('categories', 'x', 'en', { categories: { x: { zh: '' } } } as never),
      'vocabularies.0.categories.x.zh',
    );
  });
});

describe('withPlanVocabulary', () => {
  test('copies the plan’s labels for the KPI’s own category and unit, nothing else', () => {
    const kpi = { ...makeKpi({ rule: { kind: 'atLeast', target: 1 } }), category: 'quality', unit: 'tonne' };
    const labelled = withPlanVocabulary(kpi, bureau);
    assert.deepEqual(labelled.vocabulary, {
      categories: { quality: { zh: '质量管理', en: 'Quality' } },
      units: { tonne: { zh: '吨', en: 'tonnes' } },
    });
    assert.equal(kpi.vocabulary, undefined, 'the KPI given is not changed');
  });
  test('keeps the KPI’s own labels', () => {
    const own = { categories: { quality: { zh: '品质', en: 'Q' } } };
    const kpi = {
      ...makeKpi({ rule: { kind: 'atLeast', target: 1 } }),
      category: 'quality',
      unit: 'tonne',
      vocabulary: own,
    };
    const labelled = withPlanVocabulary(kpi, bureau);
    assert.deepEqual(labelled.vocabulary, { ...own, units: { tonne: { zh: '吨', en: 'tonnes' } } });
  });
  test('returns the KPI itself for known codes or without a vocabulary', () => {
    const kpi = makeKpi({ rule: { kind: 'atLeast', target: 1 } });
    assert.equal(withPlanVocabulary(kpi, bureau), kpi);
    assert.equal(withPlanVocabulary({ ...kpi, category: 'quality' }, undefined).vocabulary, undefined);
  });
});
