// KPI objects for the element tests: one per rule kind and status, evaluated as of AS_OF.
import type { Kpi } from '@plankit/sdk';

export const PLAN_ID = 'plan-2020';
export const AS_OF = '2020-06-30';

type KpiInput = Omit<Kpi, 'planId' | 'measurements' | 'lastYear'> & {
  monthly?: readonly number[];
  lastYear?: number | null;
};

/** A KPI with one measurement per month from January, in the order given. */
export function buildKpi({ monthly = [], lastYear = null, ...rest }: KpiInput): Kpi {
  return {
    ...rest,
    planId: PLAN_ID,
    lastYear,
    measurements: monthly.map((value, index) => ({ period: `2020-${String(index + 1).padStart(2, '0')}`, value })),
  };
}

/** atLeast on a year-to-date rate: 6.2 % against ≥ 5 % is met. */
export const taxProfitMet = buildKpi({
  id: 'tax-profit-growth',
  name: { zh: '税利增长', en: 'Tax and profit growth' },
  category: 'finance',
  unit: 'percent',
  rule: { kind: 'atLeast', target: 5 },
  aggregation: 'ytd',
  lastYear: 5.1,
  monthly: [3.1, 4, 4.6, 5.2, 5.8, 6.2],
});

/** atLeast on the latest rate: 88 against ≥ 90 is on track (≥ 95 % of the target). */
export const purificationOnTrack = buildKpi({
  id: 'market-purification-rate',
  name: { zh: '市场净化率', en: 'Market purification rate' },
  category: 'market',
  unit: 'percent',
  rule: { kind: 'atLeast', target: 90 },
  aggregation: 'latest',
  lastYear: 89,
  monthly: [85, 86, 87, 87, 88, 88],
});

/** atLeast: 75 against ≥ 90 is at risk (between 80 % and 95 %). */
export const marginAtRisk = buildKpi({
  id: 'retailer-gross-margin',
  name: { zh: '零售户综合毛利', en: 'Retailer gross margin' },
  category: 'market',
  unit: 'percent',
  rule: { kind: 'atLeast', target: 90 },
  aggregation: 'latest',
  lastYear: 80,
  monthly: [70, 72, 74, 75, 75, 75],
});

/** Cumulative atLeast: 2 cases by June against 12 a year is off track (the pace is about 6). */
export const networkCasesOffTrack = buildKpi({
  id: 'network-cases',
  name: { zh: '破获网络案件', en: 'Network cases cracked' },
  category: 'enforcement',
  unit: 'count',
  rule: { kind: 'atLeast', target: 12 },
  aggregation: 'cumulative',
  lastYear: 10,
  monthly: [0, 1, 0, 1, 0, 0],
});

/** atMost(0) cumulative: no accident so far is on track. */
export const safetyOnTrack = buildKpi({
  id: 'safety-major-accidents',
  name: { zh: '重大安全事故', en: 'Major safety accidents' },
  category: 'safety',
  unit: 'count',
  rule: { kind: 'atMost', target: 0 },
  aggregation: 'cumulative',
  lastYear: 0,
  monthly: [0, 0, 0, 0, 0, 0],
});

/** atMost(0) cumulative: one accident in March is off track for good. */
export const safetyOffTrack = buildKpi({ ...safetyOnTrack, monthly: [0, 0, 1, 0, 0, 0] });

/** band around last year, cumulative: 24.9 万箱 by June against 50 ± 1 % is on track. */
export const salesBand = buildKpi({
  id: 'sales-volume',
  name: { zh: '卷烟销售', en: 'Cigarette sales' },
  category: 'sales',
  unit: 'tenThousandCases',
  rule: { kind: 'band', target: 50, tolerance: 0.01 },
  aggregation: 'cumulative',
  lastYear: 50,
  monthly: [4.2, 3.9, 4.1, 4.2, 4.3, 4.2],
});

/** rankOutsideTop(5): rank 9 is met (rank 1 is the worst). */
export const outflowRankMet = buildKpi({
  id: 'genuine-outflow-rank',
  name: { zh: '真烟外流排名', en: 'Genuine outflow rank' },
  category: 'enforcement',
  unit: 'rank',
  rule: { kind: 'rankOutsideTop', n: 5 },
  aggregation: 'latest',
  lastYear: 7,
  monthly: [8, 8, 9, 9, 9, 9],
});

/** rankOutsideTop(5): rank 3 is inside the top 5, off track. */
export const outflowRankOffTrack = buildKpi({ ...outflowRankMet, monthly: [4, 3, 3, 3, 3, 3] });

/** No measurement yet: no data, never "0 % done". */
export const majorCasesNoData = buildKpi({
  id: 'major-cases',
  name: { zh: '查获大案', en: 'Major cases seized' },
  category: 'enforcement',
  unit: 'count',
  rule: { kind: 'atLeast', target: 4 },
  aggregation: 'cumulative',
  monthly: [],
});

/** A plan's worth: every category, every status. */
export const allKpis: readonly Kpi[] = [
  safetyOnTrack,
  salesBand,
  taxProfitMet,
  purificationOnTrack,
  marginAtRisk,
  networkCasesOffTrack,
  majorCasesNoData,
  outflowRankMet,
];

/** A bureau’s own category and unit, labelled by its vocabulary: 600 吨 of ≥ 1200 吨 by June (on track). */
export const leafQuality: Kpi = {
  ...buildKpi({
    id: 'leaf-quality',
    name: { zh: '优质烟叶收购量', en: 'Quality leaf purchased' },
    category: 'quality',
    unit: 'tonne',
    rule: { kind: 'atLeast', target: 1200 },
    aggregation: 'cumulative',
    lastYear: 1100,
    monthly: [100, 90, 110, 100, 100, 100],
  }),
  vocabulary: {
    categories: { quality: { zh: '质量管理', en: 'Quality' } },
    units: { tonne: { zh: '吨', en: 'tonnes' } },
  },
};

/** Cases worth ≥ 5万元 with last year's months: 3 by June against 2 in the same months of 2019. */
export const majorCasesSamePeriod = buildKpi({
  id: 'major-cases',
  name: { zh: '5万元以上案件', en: 'Cases worth ¥50K or more' },
  category: 'enforcement',
  unit: 'count',
  rule: { kind: 'atLeast', target: 6 },
  aggregation: 'cumulative',
  lastYear: 5,
  params: { thresholdWan: 5 },
  lastYearMeasurements: [0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0].map((value, index) => ({
    period: `2019-${String(index + 1).padStart(2, '0')}`,
    value,
  })),
  monthly: [1, 0, 1, 0, 1, 0],
});

/** "保持在90%以上" judged on every month: February's 89 is a miss for the year although June is 92. */
export const purificationEveryMonth = buildKpi({
  id: 'market-purification-rate',
  name: { zh: '市场净化率', en: 'Market purification rate' },
  category: 'market',
  unit: 'percent',
  rule: { kind: 'atLeast', target: 90, judge: 'everyMonth' },
  aggregation: 'latest',
  lastYear: 89,
  monthly: [90.5, 89, 91, 91.5, 92, 92],
});
