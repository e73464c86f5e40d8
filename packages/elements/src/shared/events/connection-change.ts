// The event <pk-provider live> fires when its change stream's state changes.
import { PkEvent } from './pk-event.js';

/** Where a live provider's change stream stands. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What `pk-connection-change` carries. */
export interface ConnectionChangeDetail {
  readonly state: ConnectionState;
}

/**
 * Fired by `<pk-provider live>` when its change stream connects, is lost and retried, or goes offline (the
 * browser has no network, or the server refused the stream for good). The widgets keep showing their last data.
 */
export class ConnectionChangeEvent extends PkEvent<ConnectionChangeDetail> {
  static override readonly eventName = 'pk-connection-change';
}
