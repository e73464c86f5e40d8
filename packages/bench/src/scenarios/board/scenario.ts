// Scenarios: a 1,000-card board, first render and one card move, pk-task-board against hand-written DOM
// (alone and with SortableJS).
import { fileURLToPath } from 'node:url';
import { figureBudget, ratioBudget, scriptSpread, type Scenario, type Variant } from '../../lib/scenario.js';
import { formatMs } from '../../lib/text-table.js';

const page = (name: string) => fileURLToPath(new URL(`./${name}.page.ts`, import.meta.url));

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
      figureBudget(
        outcome,
        'a move ≤ 8 ms of script',
        'pk',
        (variant) => scriptSpread(variant)?.median ?? Number.NaN,
        (value) => value <= 8,
        (value) => `${formatMs(value)} ms script (median)`,
      ),
    ],
  },
];
