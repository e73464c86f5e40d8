// Page: the hand-written DOM board; `mode=render` times the first render, `mode=move` a keyboard move.
import { check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';
import { boardMode, boardTasks } from './board-data.js';
import { enableKeyboardMoves, renderBoard, useBoardStyles } from './hand-written-board.js';

exposeBench((params) => {
  const tasks = boardTasks(params);
  const mode = boardMode(params);
  useBoardStyles();
  const root = stage();
  if (mode === 'render') {
    return async () => {
      const sample = await measureToPaint(() => enableKeyboardMoves(renderBoard(root, tasks)));
      check(root.querySelectorAll('.card').length === tasks.length, `${tasks.length} cards`);
      return sample;
    };
  }
  const board = renderBoard(root, tasks);
  enableKeyboardMoves(board);
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
