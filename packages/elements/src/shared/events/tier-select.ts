// The event the retailer-tier chart fires when the user picks a tier band (or clears it).
import type { TierBandId } from '@plankit/sdk';
import { PkEvent } from './pk-event.js';

/** What `pk-tier-select` carries. */
export interface TierSelectDetail {
  /** The picked band; null when the selection was cleared. */
  readonly band: TierBandId | null;
  /** The picked tier (1 = lowest) when a single tier was picked, else null. */
  readonly tier: number | null;
}

/** Fired by `<pk-retailer-tiers>` when a band or tier is picked or cleared; a provider above links the other widgets to it. */
export class TierSelectEvent extends PkEvent<TierSelectDetail> {
  static override readonly eventName = 'pk-tier-select';
}
