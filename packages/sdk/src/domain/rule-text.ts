// A KPI's rule in words, in each locale: what the gauge prints under the value.
import * as z from 'zod/mini';
import { Kpi, type LocalizedText } from '../schemas/index.js';
import { formatThreshold, formatValue } from './format.js';
import { validateArgument } from './validate.js';

const RuleDescriptionInput = z.object({
  rule: Kpi.shape.rule,
  unit: Kpi.shape.unit,
  lastYear: Kpi.shape.lastYear,
  params: Kpi.shape.params,
  vocabulary: Kpi.shape.vocabulary,
});
type RuleDescriptionInput = Pick<Kpi, 'rule' | 'unit' | 'lastYear'> & Partial<Pick<Kpi, 'params' | 'vocabulary'>>;

const wanFormats = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 0 }),
};

/** The case-value threshold of `params.thresholdWan` (万元): "5万元以上" / "worth ≥ 50,000 yuan". */
function thresholdText(thresholdWan: number): LocalizedText {
  return {
    zh: `${wanFormats.zh.format(thresholdWan)}万元以上`,
    en: `worth ≥ ${wanFormats.en.format(thresholdWan * 10_000)} yuan`,
  };
}

function ruleWords(kpi: RuleDescriptionInput): LocalizedText {
  const { rule, unit, vocabulary } = kpi;
  const zh = (value: number): string => formatThreshold(value, unit, 'zh-CN', vocabulary);
  const en = (value: number): string => formatThreshold(value, unit, 'en', vocabulary);
  switch (rule.kind) {
    case 'atLeast':
      return { zh: `≥ ${zh(rule.target)}`, en: `≥ ${en(rule.target)}` };
    case 'atMost':
      if (rule.target === 0 && unit === 'count') return { zh: zh(0), en: en(0) };
      return { zh: `≤ ${zh(rule.target)}`, en: `≤ ${en(rule.target)}` };
    case 'band': {
      const tolerance = formatValue(rule.tolerance * 100, 'percent', 'en');
      if (kpi.lastYear !== null && rule.target === kpi.lastYear) {
        return { zh: `与上年基本持平 ±${tolerance}`, en: `flat vs last year ±${tolerance}` };
      }
      return { zh: `${zh(rule.target)} ±${tolerance}`, en: `${en(rule.target)} ±${tolerance}` };
    }
    case 'rankOutsideTop':
      return { zh: `排名在前 ${rule.n} 名之外`, en: `outside the top ${rule.n}` };
  }
}

/**
 * "≥ 5%", "≤ 3 起", "0 起" (atMost(0) of a count: no case at all),
 * "与上年基本持平 ±1%" / "flat vs last year ±1%" for a band centred on last year,
 * "3.6万箱 ±1%" for any other band, "排名在前 5 名之外" / "outside the top 5".
 * A rule judged on every month says so ("每月 ≥ 95%" / "≥ 95% every month"), and a case-value
 * threshold (`params.thresholdWan`) is named ("≥ 6 起（5万元以上）" / "≥ 6 cases worth ≥ 50,000 yuan").
 * Units the SDK does not know are written with the KPI's `vocabulary` label, or their code.
 */
export function describeRule(
  kpi: Pick<Kpi, 'rule' | 'unit' | 'lastYear'> & Partial<Pick<Kpi, 'params' | 'vocabulary'>>,
): LocalizedText {
  return describeCheckedRule(validateArgument(RuleDescriptionInput, kpi, 'describeRule', 'kpi'));
}

/** describeRule without the argument check, for callers that validated already. */
export function describeCheckedRule(kpi: RuleDescriptionInput): LocalizedText {
  let { zh, en } = ruleWords(kpi);
  const thresholdWan = kpi.params?.thresholdWan;
  if (thresholdWan !== undefined) {
    const threshold = thresholdText(thresholdWan);
    zh = `${zh}（${threshold.zh}）`;
    en = `${en} ${threshold.en}`;
  }
  if (kpi.rule.kind !== 'band' && kpi.rule.judge === 'everyMonth') {
    zh = `每月 ${zh}`;
    en = `${en} every month`;
  }
  return { zh, en };
}
