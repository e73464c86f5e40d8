// English messages of <pk-kpi-panel> (its gauges bring their own block): every key of panel.zh-CN.ts, no more and no fewer.
import type { Block } from './types.js';
import type { panelZhCN } from './panel.zh-CN.js';

export const panelEn: Block<typeof panelZhCN> = {
  asOfDate: (p) => `As of ${p.date}`,

  panelLabel: 'Key targets',
  panelSummary: 'Status summary',
  panelSummaryItem: (p) => `${p.count} ${p.status.toLowerCase()}`,
  panelGroupLabel: (p) => `${p.category} (${p.count})`,
  stateEmptyKpis: 'This plan has no KPIs yet.',
  subjectPlanKpis: (p) => `the KPIs of plan “${p.plan}”`,
  // Column headings of the CSV export.
  panelCsvCategory: 'Category',
  panelCsvKpi: 'KPI',
  panelCsvActual: 'Actual',
  panelCsvUnit: 'Unit',
  panelCsvTarget: 'Target',
  panelCsvStatus: 'Status',
  panelCsvLastYear: 'Last year',
  panelCsvChange: 'Change on last year',
};
