// Chinese (the default locale) messages of <pk-kpi-gauge>.
// en: gauge.en.ts, with exactly the same keys (its type says so). Joined in zh-CN.ts.
import type { Entries } from './types.js';

export const gaugeZhCN = {
  gaugeTarget: (p: { rule: string }) => `目标 ${p.rule}`,
  gaugeExpected: (p: { value: string }) => `应达进度 ${p.value}`,
  gaugeLastYear: (p: { value: string }) => `去年 ${p.value}`,
  gaugeDelta: (p: { delta: string }) => `较去年 ${p.delta}`,
  gaugeDeltaNone: '与去年持平',
  // Vocabulary and deltas (issue 13): the change on the same months of last year, and the months a
  // rule judged on every month missed. Category headings come from the SDK's vocabularyLabel.
  gaugeDeltaSamePeriod: (p: { delta: string }) => `较去年同期 ${p.delta}`,
  gaugeDeltaSamePeriodNone: '与去年同期持平',
  gaugeMissedMonths: (p: { months: string }) => `未达标月份：${p.months}`,
  gaugeValueText: (p: { name: string; value: string; rule: string; status: string }) =>
    `${p.name} ${p.value}，目标 ${p.rule}，${p.status}`,
  gaugeValueTextNoData: (p: { name: string; rule: string; status: string }) => `${p.name}，${p.status}，目标 ${p.rule}`,
  subjectKpi: (p: { id: string }) => `KPI“${p.id}”`,
} satisfies Entries;
