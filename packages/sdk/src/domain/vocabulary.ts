// Labels of vocabulary codes (departments, KPI categories, units, grid item kinds) in each locale:
// the SDK's own for the codes it knows, the data's for the others, and the code itself as the last resort.
import {
  Kpi,
  type LocalizedText,
  Vocabulary,
  VocabularyCode,
  type KnownGridItemKind,
  type KnownKpiCategory,
  type KnownKpiUnit,
  type KnownOwnerDept,
  type VocabularyKind,
} from '../schemas/index.js';
import * as z from 'zod/mini';
import { describeReceived, invalidArgument, validateArgument } from './validate.js';

const DEPARTMENTS: Readonly<Record<KnownOwnerDept, LocalizedText>> = {
  business: { zh: '业务科', en: 'Business section' },
  logistics: { zh: '物流中心', en: 'Logistics centre' },
  marketing: { zh: '营销部门', en: 'Marketing' },
  monopoly: { zh: '专卖部门', en: 'Monopoly administration' },
  internal: { zh: '内管部门', en: 'Internal management' },
  party: { zh: '党建办公室', en: 'Party office' },
  safety: { zh: '安全管理', en: 'Safety management' },
  hr: { zh: '人事', en: 'Human resources' },
  'case-group': { zh: '案件查处组', en: 'Case-investigation group' },
  'supervision-group': { zh: '市场监管组', en: 'Market-supervision group' },
  'grid-project': { zh: '网格化课题组', en: 'Grid management project group' },
  'qc-project': { zh: '盈利提升QC课题组', en: 'Profit-improvement QC group' },
};

const CATEGORIES: Readonly<Record<KnownKpiCategory, LocalizedText>> = {
  safety: { zh: '安全生产', en: 'Safety' },
  sales: { zh: '卷烟销售', en: 'Sales' },
  finance: { zh: '税利效益', en: 'Tax and profit' },
  market: { zh: '市场与零售户', en: 'Market and retailers' },
  enforcement: { zh: '专卖执法', en: 'Enforcement' },
};

const UNITS: Readonly<Record<KnownKpiUnit, LocalizedText>> = {
  count: { zh: '起', en: 'cases' },
  tenThousandCases: { zh: '万箱', en: '10,000 cases' },
  percent: { zh: '%', en: '%' },
  rank: { zh: '名次', en: 'rank' },
  yuan: { zh: '元', en: 'yuan' },
};

const ITEM_KINDS: Readonly<Record<KnownGridItemKind, LocalizedText>> = {
  'illegal-sale': { zh: '违法经营', en: 'Illegal sale' },
  counterfeit: { zh: '假烟嫌疑', en: 'Suspected counterfeit' },
  'price-breach': { zh: '价格违规', en: 'Price breach' },
  licence: { zh: '证照问题', en: 'Licence issue' },
  'safety-hazard': { zh: '安全隐患', en: 'Safety hazard' },
  'service-request': { zh: '服务诉求', en: 'Service request' },
};

/**
 * The SDK's own labels, by vocabulary. Frozen: read them, never change them. Pure (annotated), so a bundle that
 * only formats values keeps the units' table and drops the others (see unitTextOf).
 */
export const KNOWN_LABELS: Readonly<Record<VocabularyKind, Readonly<Record<string, LocalizedText>>>> =
  /* @__PURE__ */ Object.freeze({
    departments: /* @__PURE__ */ Object.freeze(DEPARTMENTS),
    categories: /* @__PURE__ */ Object.freeze(CATEGORIES),
    units: /* @__PURE__ */ Object.freeze(UNITS),
    itemKinds: /* @__PURE__ */ Object.freeze(ITEM_KINDS),
  });

const KINDS: readonly string[] = ['departments', 'categories', 'units', 'itemKinds'];
const own = (record: Readonly<Record<string, LocalizedText>> | undefined, code: string): LocalizedText | undefined =>
  record !== undefined && Object.hasOwn(record, code) ? record[code] : undefined;

/**
 * The label of a code in both languages: the SDK's label for a known code, else the first of the
 * given vocabularies that names it (a KPI's own before its plan's), else the code itself in both.
 * Never empty.
 */
export function vocabularyText(
  kind: VocabularyKind,
  code: string,
  ...vocabularies: ReadonlyArray<Vocabulary | undefined>
): LocalizedText {
  if (typeof kind !== 'string' || !KINDS.includes(kind))
    invalidArgument(
      'vocabularyText',
      'kind',
      `expected one of ${KINDS.map((k) => JSON.stringify(k)).join(', ')}, received ${describeReceived(kind)}`,
    );
  validateArgument(VocabularyCode, code, 'vocabularyText', 'code');
  vocabularies.forEach((vocabulary, index) => {
    if (vocabulary !== undefined) validateArgument(Vocabulary, vocabulary, 'vocabularyText', `vocabularies.${index}`);
  });
  return textOf(kind, code, vocabularies);
}

/** vocabularyText without the argument checks, for callers that validated already (a parsed KPI). @internal */
export function textOf(
  kind: VocabularyKind,
  code: string,
  vocabularies: ReadonlyArray<Vocabulary | undefined>,
): LocalizedText {
  return labelIn(KNOWN_LABELS[kind], kind, code, vocabularies);
}

/**
 * textOf('units', …) reading the units' table alone: what formatValue needs, so a bundle that formats values
 * (a typical import of evaluateKpi) does not carry the departments', categories' and item kinds' labels. @internal
 */
export function unitTextOf(code: string, vocabularies: ReadonlyArray<Vocabulary | undefined>): LocalizedText {
  return labelIn(UNITS, 'units', code, vocabularies);
}

function labelIn(
  known: Readonly<Record<string, LocalizedText>>,
  kind: VocabularyKind,
  code: string,
  vocabularies: ReadonlyArray<Vocabulary | undefined>,
): LocalizedText {
  const label = own(known, code);
  if (label !== undefined) return label;
  for (const vocabulary of vocabularies) {
    const given = own(vocabulary?.[kind], code);
    if (given !== undefined) return given;
  }
  return { zh: code, en: code };
}

/**
 * The label of a code for a locale (any `zh` tag gets Chinese, every other English): what a widget
 * shows for a department, a KPI category, a unit or a grid item kind.
 * `vocabularyLabel('categories', 'quality', 'en', plan.vocabulary)`.
 */
export function vocabularyLabel(
  kind: VocabularyKind,
  code: string,
  locale: string,
  ...vocabularies: ReadonlyArray<Vocabulary | undefined>
): string {
  if (typeof locale !== 'string' || locale === '')
    invalidArgument('vocabularyLabel', 'locale', `expected a language tag, received ${describeReceived(locale)}`);
  const text = vocabularyText(kind, code, ...vocabularies);
  return isChinese(locale) ? text.zh : text.en;
}

/** Whether a language tag is Chinese (`zh`, `zh-CN`, `zh-Hant-TW`…). @internal */
export const isChinese = (locale: string): boolean => locale === 'zh' || locale.toLowerCase().startsWith('zh-');

const KpiCodes = z.object({ category: Kpi.shape.category, unit: Kpi.shape.unit, vocabulary: Kpi.shape.vocabulary });

/**
 * A KPI with the labels its category and unit need copied from a plan's vocabulary, so a gauge shown
 * without the plan still names them. Labels the KPI carries itself win; known codes need none.
 * What a server does before it serves a KPI; returns the KPI itself when nothing is added.
 */
export function withPlanVocabulary<K extends Pick<Kpi, 'category' | 'unit' | 'vocabulary'>>(
  kpi: K,
  vocabulary: Vocabulary | undefined,
): K {
  validateArgument(KpiCodes, kpi, 'withPlanVocabulary', 'kpi');
  if (vocabulary !== undefined) validateArgument(Vocabulary, vocabulary, 'withPlanVocabulary', 'vocabulary');
  const add: Vocabulary = {};
  for (const [kind, code] of [
    ['categories', kpi.category],
    ['units', kpi.unit],
  ] as const) {
    if (own(KNOWN_LABELS[kind], code) !== undefined || own(kpi.vocabulary?.[kind], code) !== undefined) continue;
    const label = own(vocabulary?.[kind], code);
    if (label !== undefined) add[kind] = { [code]: label };
  }
  if (add.categories === undefined && add.units === undefined) return kpi;
  const merged: Vocabulary = { ...kpi.vocabulary };
  if (add.categories) merged.categories = { ...kpi.vocabulary?.categories, ...add.categories };
  if (add.units) merged.units = { ...kpi.vocabulary?.units, ...add.units };
  return { ...kpi, vocabulary: merged };
}
