// Chinese (the default locale) messages of <pk-kpi-panel> (its gauges bring their own block).
// en: panel.en.ts, with exactly the same keys (its type says so). Joined in zh-CN.ts.
import type { Entries } from './types.js';

export const panelZhCN = {
  asOfDate: (p: { date: string }) => `截至 ${p.date}`,

  panelLabel: '主要预期目标',
  panelSummary: '完成情况',
  panelSummaryItem: (p: { status: string; count: string }) => `${p.status} ${p.count} 项`,
  panelGroupLabel: (p: { category: string; count: string }) => `${p.category}（${p.count} 项）`,
  stateEmptyKpis: '这个计划还没有 KPI。',
  subjectPlanKpis: (p: { plan: string }) => `计划“${p.plan}”的 KPI`,
  // Column headings of the CSV export.
  panelCsvCategory: '类别',
  panelCsvKpi: '指标',
  panelCsvActual: '实际值',
  panelCsvUnit: '单位',
  panelCsvTarget: '目标',
  panelCsvStatus: '状态',
  panelCsvLastYear: '去年',
  panelCsvChange: '较去年',
} satisfies Entries;
