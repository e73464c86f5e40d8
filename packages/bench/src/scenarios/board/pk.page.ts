// Page: pk-task-board in standalone mode (`.tasks`); `mode=render` times the first render, `mode=move` a
// keyboard move of the first card to the next column (the element must emit pk-task-move for it), `mode=scroll`
// a fling through the first column. Long tasks are reported with each.
import type { Task } from '@plankit/sdk';
import { check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';
import { asOf, boardMode, boardTasks } from './board-data.js';
import { flingColumn, recordLongTasks } from './long-tasks.js';

/** The part of the element's public surface the page uses (the element module is imported by the harness). */
interface TaskBoardElement extends HTMLElement {
  tasks: readonly Task[] | null | undefined;
  updateComplete: Promise<unknown>;
}

/** The board's keyboard move, as the hand-written baseline does it: adjust here if the element's keys differ. */
const moveKey = { key: 'ArrowRight', ctrlKey: true };

function createBoard(tasks: readonly Task[]): TaskBoardElement {
  const board = document.createElement('pk-task-board') as TaskBoardElement;
  board.setAttribute('as-of', asOf);
  board.setAttribute('group-by', 'status');
  board.tasks = tasks;
  return board;
}

const cardsOf = (board: TaskBoardElement) => board.shadowRoot?.querySelectorAll<HTMLElement>('[part~="card"]') ?? [];

exposeBench(async (params) => {
  const tasks = boardTasks(params);
  const mode = boardMode(params);
  await customElements.whenDefined('pk-task-board');
  const root = stage();
  if (mode === 'render') {
    return async () => {
      let board: TaskBoardElement | null = null;
      const longTasks = recordLongTasks();
      const sample = await measureToPaint(() => {
        board = createBoard(tasks);
        root.append(board);
        return board.updateComplete;
      });
      check(board !== null && cardsOf(board).length > 0, 'pk-task-board rendered cards (part="card")');
      return { ...sample, extra: longTasks.stop() };
    };
  }
  const board = createBoard(tasks);
  root.append(board);
  await board.updateComplete;
  if (mode === 'scroll') {
    return async () => {
      const column = board.shadowRoot?.querySelector<HTMLElement>('[part~="column"][data-column="todo"]');
      check(column != null, 'pk-task-board has a todo column (part="column")');
      const first = cardsOf(board)[0]?.dataset['taskId'];
      const sample = await flingColumn(column);
      check(
        [...cardsOf(board)].every((card) => card.dataset['taskId'] !== first),
        'scrolling the column drew other cards',
      );
      return sample;
    };
  }
  return async () => {
    const card = cardsOf(board)[0];
    check(card !== undefined, 'pk-task-board rendered a card (part="card")');
    card.focus();
    let moves = 0;
    board.addEventListener('pk-task-move', () => (moves += 1));
    const sample = await measureToPaint(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { ...moveKey, bubbles: true, composed: true, cancelable: true }));
      return board.updateComplete;
    });
    check(moves === 1, `Ctrl+ArrowRight on a card emitted one pk-task-move (got ${moves})`);
    return sample;
  };
});
