// The event a KPI gauge fires when the user picks it (click, Enter or Space).

/** What `pk-kpi-select` carries. */
export interface KpiSelectDetail {
  /** The id of the KPI the user picked. */
  readonly kpiId: string;
}

/**
 * Fired by `<pk-kpi-gauge>` when the user picks it. Bubbles out of shadow roots so one
 * listener on a page, a panel or a provider hears every gauge.
 */
export class KpiSelectEvent extends Event {
  static readonly eventName = 'pk-kpi-select';
  readonly detail: KpiSelectDetail;

  constructor(detail: KpiSelectDetail) {
    super(KpiSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-kpi-select': KpiSelectEvent;
  }
}
