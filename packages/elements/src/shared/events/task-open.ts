// The event the task board fires when the user opens a card.
import { PkEvent } from './pk-event.js';

/** What `pk-task-open` carries. */
export interface TaskOpenDetail {
  readonly taskId: string;
}

/** Fired by `<pk-task-board>` when a card is activated (click, Enter): the host shows its details. */
export class TaskOpenEvent extends PkEvent<TaskOpenDetail> {
  static override readonly eventName = 'pk-task-open';
}
