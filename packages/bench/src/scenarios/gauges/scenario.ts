// Scenarios: 1 and 50 KPI gauges, pk-kpi-gauge against ECharts and a hand-written gauge (each both minimal and
// with the element's content), over a floor of the KPI names alone.
import { notHeld, type BudgetResult } from '../../lib/budget.js';
import {
  ratioBudget,
  reachableRatioBudget,
  type Scenario,
  type ScenarioOutcome,
  type Variant,
  pagesBeside,
} from '../../lib/scenario.js';

const page = pagesBeside(import.meta.url);

function variants(count: number): Variant[] {
  const params = { count: String(count) };
  return [
    { id: 'pk', label: 'pk-kpi-gauge', role: 'plankit', page: page('pk'), elements: ['pk-kpi-gauge'], params },
    { id: 'echarts', label: 'ECharts gauge (canvas)', role: 'peer', page: page('echarts'), params },
    {
      id: 'echarts-full',
      label: 'ECharts, same content (canvas)',
      role: 'peer',
      page: page('echarts-full'),
      params,
    },
    { id: 'svg', label: 'hand-written SVG', role: 'baseline', page: page('svg'), params },
    {
      id: 'svg-full',
      label: 'hand-written, same content',
      role: 'baseline',
      page: page('svg-full'),
      params,
    },
    { id: 'floor', label: 'floor: the KPI names alone', role: 'baseline', page: page('floor'), params },
  ];
}

const method = [
  'Standalone `.kpi` objects from plan2020 (cycling through its nine KPIs), each gauge in a cell 180 px wide and as tall as what it holds, on a 1600×2400 viewport that shows them all; time from the start of a frame until the frame showing every gauge is painted.',
  'ECharts gauge: one chart per gauge, canvas renderer, animation off, drawing what the minimal hand-written SVG draws.',
  'ECharts, same content: one chart per gauge (gauge, line and graphic elements) drawing what the element shows: name, arc with value, target and pace markers, tolerance band, rule in words, status icon and text, last year, change and pace, sparkline.',
  'Hand-written SVG (the reference, as the issue names it): arc, value, status, label and target marker built with DOM APIs.',
  "Hand-written, same content: everything the element shows, built with DOM APIs and a page stylesheet like the element's; it leaves out what the component adds (shadow DOM, provider link, localization, theme tokens, ARIA state, events, error states).",
  'Floor: the cells with only the KPI names in them, the least any variant can take.',
  'Every variant but the floor works from the same SDK evaluation.',
].join(' ');

/** Tall enough for 50 gauges at their natural height (7 rows of up to about 320 px) to be on screen at once. */
const viewport = { width: 1600, height: 2400 };

/** Why the ratios to the minimal hand-written SVG are shown but not judged. */
const minimalOnly =
  'the minimal SVG draws less than the issue asks the gauge to show (rule, last year, change, pace, sparkline), so the gauge is judged against the hand-written gauge with the same content';

/**
 * The ratio to ECharts, judged only in a run where the hand-written gauge drawing the same as that
 * ECharts variant meets it; when that gauge, with no component around it, takes more, the goal is shown but
 * not judged.
 */
function echartsBudget(outcome: ScenarioOutcome, goal: string, echartsId: string, handWrittenId: string): BudgetResult {
  return reachableRatioBudget(outcome, goal, 'pk', echartsId, handWrittenId, 0.15);
}

/** `count` gauges, judged against the hand-written gauges (the minimal one shown, not judged) at `limit`. */
function gaugeScenario(count: number, limit: number, more: (outcome: ScenarioOutcome) => BudgetResult[]): Scenario {
  const gauges = count === 1 ? '1 gauge' : `${count} gauges`;
  return {
    id: `gauges-${count}`,
    title: `${count} KPI gauge${count === 1 ? '' : 's'}`,
    method,
    reference: 'svg',
    subject: 'pk',
    variants: variants(count),
    viewport,
    budgets: (outcome) => [
      notHeld(ratioBudget(outcome, `${gauges} ≤ ${limit}× hand-written SVG`, 'pk', 'svg', limit), minimalOnly),
      ratioBudget(outcome, `${gauges} ≤ ${limit}× hand-written, same content`, 'pk', 'svg-full', limit),
      ...more(outcome),
    ],
  };
}

export const gaugeScenarios: Scenario[] = [
  gaugeScenario(1, 1.3, () => []),
  gaugeScenario(50, 1.5, (outcome) => [
    echartsBudget(outcome, '50 gauges ≤ 0.15× ECharts', 'echarts', 'svg'),
    echartsBudget(outcome, '50 gauges ≤ 0.15× ECharts, same content', 'echarts-full', 'svg-full'),
  ]),
];
