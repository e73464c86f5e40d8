// The event the task board fires before it moves a card (a change of status, owner or due date, or a reorder).
import type { Task, TaskPatch } from '@plankit/sdk';
import { PkEvent } from './pk-event.js';

/** What `pk-task-move` carries. */
export interface TaskMoveDetail {
  readonly taskId: string;
  /** The task's version the move is based on (sent back as `If-Match`). */
  readonly version: number;
  /** The change the move makes, e.g. `{ status: 'done' }`. */
  readonly patch: TaskPatch;
  /** The same fields as they were before the move, for undo and for messages. */
  readonly previous: TaskPatch;
  /** The task as shown before the move. */
  readonly task: Task;
  /** The column the card leaves and the one it goes to (a status, owner, pillar id or `YYYY-MM` / `none`). */
  readonly from: string;
  readonly to: string;
  /** The swimlane the card goes to (`all` without swimlanes): its own, or another department's between owner lanes. */
  readonly lane: string;
  /** The card's position among the target cell's cards after the move, from 0. */
  readonly index: number;
}

/**
 * Fired by `<pk-task-board>` when the user drops a card in another column or place (a reorder carries an empty `patch`). Cancelable:
 * `preventDefault()` keeps the card where it was. Otherwise the board applies the move
 * at once and rolls it back if the server refuses it.
 */
export class TaskMoveEvent extends PkEvent<TaskMoveDetail> {
  static override readonly eventName = 'pk-task-move';
  static override readonly cancelable = true;
}
