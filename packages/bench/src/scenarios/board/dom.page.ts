// Page: the hand-written DOM board; `mode=render` times the first render, `mode=move` a keyboard move, `mode=scroll`
// a fling through the first column (made as tall as pk-task-board's long columns, every card in the DOM).
import { adoptStyles, check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';
import { boardMode, boardTasks } from './board-data.js';
import { flingColumn, recordLongTasks } from './long-tasks.js';
import { enableKeyboardMoves, renderBoard, useBoardStyles } from './hand-written-board.js';

exposeBench((params) => {
  const tasks = boardTasks(params);
  const mode = boardMode(params);
  useBoardStyles();
  const root = stage();
  if (mode === 'render') {
    return async () => {
      const longTasks = recordLongTasks();
      const sample = await measureToPaint(() => enableKeyboardMoves(renderBoard(root, tasks)));
      check(root.querySelectorAll('.card').length === tasks.length, `${tasks.length} cards`);
      return { ...sample, extra: longTasks.stop() };
    };
  }
  const board = renderBoard(root, tasks);
  enableKeyboardMoves(board);
  if (mode === 'scroll') {
    adoptStyles('.column ol { height: 32rem; overflow: auto; }');
    return async () => {
      const list = board.lists.get('todo');
      check(list !== undefined, 'a todo column');
      const sample = await flingColumn(list);
      check(list.scrollTop > 0, 'the column scrolled');
      return sample;
    };
  }
  return async () => {
    const card = board.lists.get('todo')?.firstElementChild as HTMLElement | null;
    check(card !== null, 'a card in the first column');
    card.focus();
    const sample = await measureToPaint(() => {
      card.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, bubbles: true, cancelable: true }),
      );
    });
    check(card.parentElement === board.lists.get('doing'), 'the card moved to the next column');
    return sample;
  };
});
