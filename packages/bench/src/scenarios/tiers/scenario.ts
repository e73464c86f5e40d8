// Scenarios: the tier summary of 100,000 retailers (the SDK's summarizeTiers against a hand-written loop, and
// the element summarising them), and a metric switch of the element.
import { pagesBeside, scriptBudget, type Scenario, type Variant } from '../../lib/scenario.js';

const page = pagesBeside(import.meta.url);
const params = { retailers: '100000' };
/** pk-retailer-tiers's page in one of its modes (summarize, first, switch). */
const element = (id: string, label: string, mode: string): Variant => ({
  id,
  label,
  role: 'plankit',
  page: page('pk'),
  elements: ['pk-retailer-tiers'],
  params: { ...params, mode },
});

export const tierScenarios: Scenario[] = [
  {
    id: 'tiers-100000',
    title: 'Tier summary of 100,000 retailers',
    method:
      'generateCounty({ seed: "plankit-bench", grids: 500, retailers: 100000 }); time of one call in a fresh page (no paint). summarizeTiers also checks every retailer field it reads; the hand-written loop trusts its input. pk-retailer-tiers: setting `.retailers` to the paint of the chart, after a first chart of 100 retailers (one-time template and Intl costs); the budget judges its script time. The same as the page’s first chart is shown beside it (not budgeted): the one-time costs are not the summary’s. summarizeTiers makes one pass in typed-array columns, allocating nothing per retailer; the element summarises once per list, scheme, grid and year (a metric switch reuses the summary).',
    reference: 'loop',
    subject: 'sdk',
    variants: [
      { id: 'sdk', label: 'summarizeTiers (SDK)', role: 'plankit', page: page('sdk'), params },
      { id: 'loop', label: 'hand-written loop', role: 'baseline', page: page('loop'), params },
      element('pk', 'pk-retailer-tiers (.retailers, summarised and drawn, to paint)', 'summarize'),
      element(
        'pk-first',
        "pk-retailer-tiers, the page's first chart (template, Intl and JIT warm-up included)",
        'first',
      ),
    ],
    budgets: (outcome) => [
      scriptBudget(outcome, 'summarising 100,000 retailers in the element ≤ 30 ms of script', 'pk', 30),
    ],
  },
  {
    id: 'tiers-metric-switch',
    title: 'Retailer tiers of 100,000 retailers: a metric switch',
    method:
      'pk-retailer-tiers already drawn from 100,000 retailers; time from setting `metric` (count ↔ order-growth) to the paint. The summary is reused; the chart geometry is derived again. The budget judges the re-render (script time): the paint after it depends on the machine’s load.',
    reference: 'pk',
    subject: 'pk',
    variants: [element('pk', 'pk-retailer-tiers metric switch', 'switch')],
    budgets: (outcome) => [
      scriptBudget(outcome, 'a metric switch re-renders within one frame (≤ 16.7 ms of script)', 'pk', 16.7),
    ],
  },
];
