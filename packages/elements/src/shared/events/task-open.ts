// The event the task board fires when the user opens a card.

/** What `pk-task-open` carries. */
export interface TaskOpenDetail {
  readonly taskId: string;
}

/** Fired by `<pk-task-board>` when a card is activated (click, Enter): the host shows its details. */
export class TaskOpenEvent extends Event {
  static readonly eventName = 'pk-task-open';
  readonly detail: TaskOpenDetail;

  constructor(detail: TaskOpenDetail) {
    super(TaskOpenEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-task-open': TaskOpenEvent;
  }
}
