// The event the grid map fires when the user picks a grid (or clears the choice).
import { PkEvent } from './pk-event.js';

/** What `pk-grid-select` carries. */
export interface GridSelectDetail {
  /** The picked grid's id; null when the selection was cleared. */
  readonly gridId: string | null;
}

/** Fired by `<pk-grid-map>` when a grid is picked or the pick is cleared; a provider above links the other widgets to it. */
export class GridSelectEvent extends PkEvent<GridSelectDetail> {
  static override readonly eventName = 'pk-grid-select';
}
