// Scenarios: a 1,000-card board, first render and one card move, pk-task-board against hand-written DOM
// (alone and with SortableJS); a 10,000-card board, first render and a fling through a 2,500-card column, with
// the long tasks of each.
import type { PageSample } from '../../lib/page-harness.js';
import {
  figureBudget,
  ratioBudget,
  type ExtraColumn,
  type Scenario,
  type Variant,
  pagesBeside,
  scriptBudget,
} from '../../lib/scenario.js';
import { median } from '../../lib/stats.js';
import { formatMs } from '../../lib/text-table.js';
import { SCROLL_FRAMES, SCROLL_STEP_PX } from './long-tasks.js';

const page = pagesBeside(import.meta.url);

function variants(mode: 'render' | 'move'): Variant[] {
  const params = { cards: '1000', mode };
  return [
    { id: 'pk', label: 'pk-task-board', role: 'plankit', page: page('pk'), elements: ['pk-task-board'], params },
    {
      id: 'sortable',
      label: mode === 'render' ? 'hand-written DOM + SortableJS' : 'SortableJS drag',
      role: 'peer',
      page: page('sortable'),
      params,
    },
    {
      id: 'dom',
      label: mode === 'render' ? 'hand-written DOM' : 'hand-written keyboard move',
      role: 'baseline',
      page: page('dom'),
      params,
    },
  ];
}

/** 10,000 cards: pk-task-board against the hand-written DOM board with every card in the DOM. */
function bigVariants(mode: 'render' | 'scroll'): Variant[] {
  const params = { cards: '10000', mode };
  return [
    { id: 'pk', label: 'pk-task-board', role: 'plankit', page: page('pk'), elements: ['pk-task-board'], params },
    { id: 'dom', label: 'hand-written DOM (every card drawn)', role: 'baseline', page: page('dom'), params },
  ];
}

const worst = (samples: readonly PageSample[], name: string): number =>
  Math.max(0, ...samples.map((sample) => sample.extra?.[name] ?? 0));
const longTaskColumns: readonly ExtraColumn[] = [
  {
    title: 'long tasks (median)',
    format: (samples) => String(median(samples.map((sample) => sample.extra?.['longTasks'] ?? 0))),
  },
  { title: 'longest task ms (worst)', format: (samples) => formatMs(worst(samples, 'longestTaskMs')) },
];

export const boardScenarios: Scenario[] = [
  {
    id: 'board-render',
    title: '1,000-card board: first render',
    method:
      'The 2020 plan’s tasks repeated to 1,000 cards over four status columns, every variant drawing the same card content (title, owner, assignees, due date with its mark, pillar and initiative, progress, KPI chips, a “Move to…” button); time from the start of a frame to the paint of the board. Hand-written: DOM APIs; with SortableJS, plus Sortable.create on each column.',
    reference: 'dom',
    subject: 'pk',
    variants: variants('render'),
    budgets: (outcome) => [ratioBudget(outcome, '1,000 cards ≤ 1.3× hand-written DOM', 'pk', 'dom', 1.3)],
  },
  {
    id: 'board-move',
    title: '1,000-card board: one card move',
    method:
      'The board already rendered; time from the committing input to the paint showing the card in the next column, script time being the handlers and the microtasks after them. Hand-written and pk-task-board: Ctrl+ArrowRight dispatched on the focused card. SortableJS: the drag already started (pointerdown, dragstart), then dragover on the next column and the drop.',
    reference: 'dom',
    subject: 'pk',
    variants: variants('move'),
    budgets: (outcome) => [
      ratioBudget(outcome, 'a move ≤ 1.2× hand-written', 'pk', 'dom', 1.2),
      scriptBudget(outcome, 'a move ≤ 8 ms of script', 'pk', 8),
    ],
  },
  {
    id: 'board-10k-render',
    title: '10,000-card board: first render',
    method:
      'The 2020 plan’s tasks repeated to 10,000 cards over four status columns (2,500 each), the same card content as the 1,000-card board; time from the start of a frame to the paint of the board, with the long tasks (over 50 ms, Long Tasks API) seen meanwhile. pk-task-board draws the cards near each long column’s view (@lit-labs/virtualizer); the hand-written board draws every card.',
    reference: 'dom',
    subject: 'pk',
    variants: bigVariants('render'),
    extraColumns: longTaskColumns,
    budgets: (outcome) => [ratioBudget(outcome, '10,000 cards ≤ 1.3× hand-written DOM', 'pk', 'dom', 1.3)],
  },
  {
    id: 'board-10k-scroll',
    title: '10,000-card board: scrolling a 2,500-card column',
    method: `The board already drawn; the first column (2,500 cards, 32rem tall, scrolling by itself in both variants) is scrolled by ${SCROLL_STEP_PX} px a frame for ${SCROLL_FRAMES} frames; time to the paint after the last step, the long tasks (over 50 ms) seen meanwhile and the slowest frame.`,
    reference: 'dom',
    subject: 'pk',
    variants: bigVariants('scroll'),
    extraColumns: [
      ...longTaskColumns,
      { title: 'slowest frame ms (worst)', format: (samples) => formatMs(worst(samples, 'worstFrameMs')) },
    ],
    budgets: (outcome) => [
      figureBudget(
        outcome,
        'scrolling a 10,000-card board’s column: no task over 50 ms',
        'pk',
        // The median run, as every timing here: on a shared 2-core machine one run can catch another process.
        (variant) => median(variant.samples.map((sample) => sample.extra?.['longTasks'] ?? 0)),
        (value) => value === 0,
        (value) => `${value} long tasks (median run)`,
      ),
    ],
  },
];
