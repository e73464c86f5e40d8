// Open vocabularies: the codes of departments, KPI categories, units and grid item kinds, and the labels data may carry for them.
import * as z from 'zod/mini';
import { LocalizedText } from './common.js';

/**
 * A well-formed vocabulary code: an ASCII letter, then up to 47 letters, digits, `_` or `-`
 * (`monopoly`, `tenThousandCases`, `case-group`, `quality_office`). Codes are identifiers, not
 * text shown to people: a bureau's own code is shown by its label (see `Vocabulary`), or as
 * written when it has none.
 */
export const VocabularyCode = vocabularyCode();
export type VocabularyCode = z.infer<typeof VocabularyCode>;

/**
 * A new schema of a well-formed code, for each open vocabulary (`OwnerDept`, `KpiCategory`, `KpiUnit`,
 * `GridItemKind`): distinct objects, so the OpenAPI document can name each one. @internal
 */
export function vocabularyCode() {
  return z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,47}$/));
}

/**
 * Labels of one vocabulary: code → { zh, en }. The keys are codes; a label under a key that is not a
 * well-formed code is never looked up. (An object with a catch-all rather than `z.record`, which would
 * add about 3 KB gzip to every page that loads the SDK.)
 */
export const VocabularyLabels = z.catchall(z.object({}), LocalizedText);
export type VocabularyLabels = z.infer<typeof VocabularyLabels>;

const OptionalLabels = z.optional(VocabularyLabels);

/**
 * The labels data carries for its own codes, by vocabulary. Known codes keep the SDK's labels;
 * these name the codes the SDK does not know (a bureau's own departments, categories, units,
 * item kinds). Every part is optional.
 */
export const Vocabulary = z.object({
  /** Task owners (`Task.owner`). */
  departments: OptionalLabels,
  /** KPI categories (`Kpi.category`): the panel's group headings. */
  categories: OptionalLabels,
  /** KPI units (`Kpi.unit`): the word after a number ("12 吨" / "12 tonnes"). */
  units: OptionalLabels,
  /** Grid information item kinds (`GridItem.kind`). */
  itemKinds: OptionalLabels,
});
export type Vocabulary = z.infer<typeof Vocabulary>;
export type VocabularyKind = keyof Vocabulary;

/** The owner departments the SDK has labels for (the seed's). Any other well-formed code is accepted too. */
export const KNOWN_OWNER_DEPTS = [
  'business', // 业务科
  'logistics', // 物流中心
  'marketing', // 营销部门
  'monopoly', // 专卖部门
  'internal', // 内管部门
  'party', // 党建 / 办公室
  'safety', // 安全管理
  'hr', // 人事
  'case-group', // 案件查处组
  'supervision-group', // 市场监管组
  'grid-project', // 网格化课题组
  'qc-project', // 盈利提升QC课题组
] as const;
export type KnownOwnerDept = (typeof KNOWN_OWNER_DEPTS)[number];

/** The KPI categories the SDK has labels for, in the order the panel groups them. */
export const KNOWN_KPI_CATEGORIES = ['safety', 'sales', 'finance', 'market', 'enforcement'] as const;
export type KnownKpiCategory = (typeof KNOWN_KPI_CATEGORIES)[number];

/** The KPI units the SDK formats itself (万箱, %, 起, 第N名, 元). Any other unit is a number and its label. */
export const KNOWN_KPI_UNITS = ['count', 'tenThousandCases', 'percent', 'rank', 'yuan'] as const;
export type KnownKpiUnit = (typeof KNOWN_KPI_UNITS)[number];

/** The grid item kinds the SDK has labels for. */
export const KNOWN_GRID_ITEM_KINDS = [
  'illegal-sale',
  'counterfeit',
  'price-breach',
  'licence',
  'safety-hazard',
  'service-request',
] as const;
export type KnownGridItemKind = (typeof KNOWN_GRID_ITEM_KINDS)[number];
