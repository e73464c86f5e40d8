// English messages of <pk-kpi-gauge>: every key of gauge.zh-CN.ts, no more and no fewer.
import type { Block } from './types.js';
import type { gaugeZhCN } from './gauge.zh-CN.js';

export const gaugeEn: Block<typeof gaugeZhCN> = {
  gaugeTarget: (p) => `Target ${p.rule}`,
  gaugeExpected: (p) => `Expected by now ${p.value}`,
  gaugeLastYear: (p) => `Last year ${p.value}`,
  gaugeDelta: (p) => `${p.delta} on last year`,
  gaugeDeltaNone: 'Same as last year',
  gaugeDeltaSamePeriod: (p) => `${p.delta} on the same period last year`,
  gaugeDeltaSamePeriodNone: 'Same as the same period last year',
  gaugeMissedMonths: (p) => `Missed in ${p.months}`,
  gaugeValueText: (p) => `${p.name} ${p.value}, target ${p.rule}, ${p.status}`,
  gaugeValueTextNoData: (p) => `${p.name}: ${p.status}, target ${p.rule}`,
  subjectKpi: (p) => `KPI “${p.id}”`,
};
