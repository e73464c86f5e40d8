// Page: the hand-written board with SortableJS on each column (native drag and drop, animation off);
// `mode=render` times render + Sortable set-up, `mode=move` one drag committed into the next column.
import Sortable from 'sortablejs';
import type { TaskStatus } from '@plankit/sdk';
import { check, exposeBench, measureToPaint, nextPaint, stage } from '../../lib/page-harness.js';
import { boardMode, boardTasks, statuses } from './board-data.js';
import { commitMove, renderBoard, useBoardStyles, type HandWrittenBoard } from './hand-written-board.js';

function statusOf(list: HTMLElement): TaskStatus {
  const status = list.closest<HTMLElement>('.column')?.dataset['status'];
  check(statuses.includes(status as TaskStatus), 'a list inside a status column');
  return status as TaskStatus;
}

function enableSortable(board: HandWrittenBoard): void {
  for (const list of board.lists.values()) {
    Sortable.create(list, {
      group: 'board',
      animation: 0,
      onEnd: (event) => commitMove(board, event.item, statusOf(event.from), statusOf(event.to)),
    });
  }
}

const centre = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

exposeBench((params) => {
  const tasks = boardTasks(params);
  const mode = boardMode(params);
  check(mode !== 'scroll', 'the SortableJS page has no scroll mode');
  useBoardStyles();
  const root = stage();
  if (mode === 'render') {
    return async () => {
      const sample = await measureToPaint(() => enableSortable(renderBoard(root, tasks)));
      check(root.querySelectorAll('.card').length === tasks.length, `${tasks.length} cards`);
      return sample;
    };
  }
  const board = renderBoard(root, tasks);
  enableSortable(board);
  return async () => {
    const card = board.lists.get('todo')?.firstElementChild as HTMLElement | null;
    const target = board.lists.get('doing')?.firstElementChild as HTMLElement | null;
    check(card !== null && target !== null, 'cards in the first two columns');
    // Untimed: the gesture up to the drag starting, as a mouse would (pointerdown, the browser's dragstart).
    const dataTransfer = new DataTransfer();
    const start = centre(card);
    const over = centre(target);
    card.dispatchEvent(
      new PointerEvent('pointerdown', {
        bubbles: true,
        cancelable: true,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: 1,
        ...start,
      }),
    );
    card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer, ...start }));
    await settle();
    await settle();
    await nextPaint();
    // Timed: the drag entering the next column (Sortable moves the card) and the drop (Sortable's onEnd commits).
    const sample = await measureToPaint(() => {
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer, ...over }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer, ...over }));
      card.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, dataTransfer, ...over }));
    });
    check(card.parentElement === board.lists.get('doing'), 'Sortable moved the card to the next column');
    check(board.tasks.get(card.dataset['id'] ?? '')?.status === 'doing', "Sortable's onEnd recorded the move");
    return sample;
  };
});
