// What every event the elements fire has in common: a `pk-` name, bubbling and composed (so it leaves the
// element's shadow root and one listener on a page or a provider hears it), and a typed, read-only `detail`.
// Each event is a small class over this one, so `instanceof` and `addEventListener` types keep working.
import type { AuthRequiredEvent } from './auth-required.js';
import type { ConnectionChangeEvent } from './connection-change.js';
import type { PkErrorEvent } from './error.js';
import type { ExportEvent } from './export.js';
import type { GridSelectEvent } from './grid-select.js';
import type { KpiSelectEvent } from './kpi-select.js';
import type { TaskMoveEvent } from './task-move.js';
import type { TaskOpenEvent } from './task-open.js';
import type { TierSelectEvent } from './tier-select.js';

/**
 * The base of the elements' events: bubbling, composed, with a typed `detail`. A subclass names its event in
 * a static `eventName` (and `cancelable`, when it can be cancelled), which the constructor reads, and narrows
 * `detail` to its own type. `event instanceof PkEvent` tells a Plankit event from others; `PkEvent<unknown>`
 * types a listener for any of them; a page may extend it for its own events that should travel the same way.
 */
export abstract class PkEvent<Detail> extends Event {
  /** The event's name, which each subclass sets. */
  static readonly eventName: string;
  /** Whether `preventDefault()` stops what the event announces; a subclass that can be cancelled sets it. */
  static readonly cancelable: boolean = false;
  readonly detail: Detail;

  constructor(detail: Detail) {
    const type = new.target as typeof PkEvent;
    super(type.eventName, { bubbles: true, composed: true, cancelable: type.cancelable });
    this.detail = detail;
  }
}

// The events by name, for `addEventListener('pk-…', …)` and `on…` typings. It lives here, in the module every
// event class extends, so whichever event a program imports brings the whole map with it.
declare global {
  interface GlobalEventHandlersEventMap {
    'pk-auth-required': AuthRequiredEvent;
    'pk-connection-change': ConnectionChangeEvent;
    'pk-error': PkErrorEvent;
    'pk-export': ExportEvent;
    'pk-grid-select': GridSelectEvent;
    'pk-kpi-select': KpiSelectEvent;
    'pk-task-move': TaskMoveEvent;
    'pk-task-open': TaskOpenEvent;
    'pk-tier-select': TierSelectEvent;
  }
}
