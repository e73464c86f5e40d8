// The event every element fires when it could not load or show its data.
import type { FailureKind } from '../failure.js';
import { PkEvent } from './pk-event.js';

/** What `pk-error` carries. */
export interface PkErrorDetail {
  /** The error as thrown by the SDK (an `HttpError`, `ValidationError`, `NetworkError`…). */
  readonly error: unknown;
  /** What kind of failure it was, the same classes the error state tells apart. */
  readonly kind: FailureKind;
  /** A sentence saying what failed, in the element's locale. */
  readonly message: string;
}

/**
 * Fired by an element whose data failed to load or validate. The element shows its
 * error state either way: the event is for logging and for hosts that want to react.
 * Named `PkErrorEvent` so it never shadows the DOM's own `ErrorEvent`.
 */
export class PkErrorEvent extends PkEvent<PkErrorDetail> {
  static override readonly eventName = 'pk-error';
}
