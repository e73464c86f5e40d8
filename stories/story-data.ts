// The stories' data, from the packages' public exports only (no reach into a package's src/ or test
// helpers): KPIs in every rule kind and status as of 2020-06-30, and a client that answers from memory.
import { createClient, type Kpi, type PlankitClient } from '@plankit/sdk';
import { plan2020 } from '@plankit/sdk/fixtures';

export { plan2020 };
export const AS_OF = '2020-06-30';

type KpiInput = Omit<Kpi, 'planId' | 'measurements' | 'lastYear'> & {
  monthly?: readonly number[];
  lastYear?: number | null;
};

/** A KPI of the 2020 plan with one measurement per month from January, in the order given. */
export const buildKpi = ({ monthly = [], lastYear = null, ...rest }: KpiInput): Kpi => ({
  ...rest,
  planId: plan2020.plan.id,
  lastYear,
  measurements: monthly.map((value, index) => ({ period: `2020-${String(index + 1).padStart(2, '0')}`, value })),
});

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
});

/** A plan's worth: every category, every status. */
export const everyStatus: readonly Kpi[] = [
  safetyOnTrack,
  salesBand,
  taxProfitMet,
  purificationOnTrack,
  marginAtRisk,
  networkCasesOffTrack,
  majorCasesNoData,
  outflowRankMet,
];

/** How a request of a story's client fails: an HTTP status, no network, or no answer at all. */
export type StoryFailure = { status: number } | 'network' | 'hang';

/**
 * A client whose fetch answers the KPI routes from memory (the 2020 plan's KPIs), as a real backend would;
 * the first requests fail as given, in order (Retry then loads).
 */
export function storyClient(...failures: StoryFailure[]): PlankitClient {
  const answer = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' },
    });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const once = failures.shift();
    if (once === 'network') throw new TypeError('Failed to fetch');
    if (once === 'hang') {
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    }
    if (once !== undefined)
      return answer(once.status, { type: 'about:blank', title: `status ${once.status}`, status: once.status });
    // /api/v1/plans/{planId}/kpis and /api/v1/plans/{planId}/kpis/{kpiId}
    const [plan, kpis, kpi, ...rest] = new URL(request.url).pathname.replace(/^\/api\/v1\/plans\//, '').split('/');
    const found = kpi === undefined ? { items: plan2020.kpis } : plan2020.kpis.find((item) => item.id === kpi);
    const known = plan === plan2020.plan.id && kpis === 'kpis' && rest.length === 0 && found !== undefined;
    return known ? answer(200, found) : answer(404, { type: 'about:blank', title: 'status 404', status: 404 });
  };
  return createClient({ baseUrl: 'https://plankit.test/api/v1', fetch, retry: 0 });
}
