// The event a KPI gauge fires when the user picks it (click, Enter or Space).
import { PkEvent } from './pk-event.js';

/** What `pk-kpi-select` carries. */
export interface KpiSelectDetail {
  /** The id of the KPI the user picked. */
  readonly kpiId: string;
}

/**
 * Fired by `<pk-kpi-gauge>` when the user picks it. Bubbles out of shadow roots so one
 * listener on a page, a panel or a provider hears every gauge.
 */
export class KpiSelectEvent extends PkEvent<KpiSelectDetail> {
  static override readonly eventName = 'pk-kpi-select';
}
