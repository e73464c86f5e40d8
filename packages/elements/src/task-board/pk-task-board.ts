// Registers <pk-task-board>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { TaskBoardElement } from './task-board.js';

attachContextRoot();
define('pk-task-board', TaskBoardElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-task-board': TaskBoardElement;
  }
}
