// The event that tells the host page to sign the user in again (a request answered 401).
import { PkEvent } from './pk-event.js';

/** What `pk-auth-required` carries. */
export interface AuthRequiredDetail {
  /** The `UnauthorizedError` that triggered it. */
  readonly error: unknown;
}

/**
 * Fired when a request was refused with 401 even after the client asked `getToken`
 * for a fresh token. Elements fire it; a `<pk-provider>` above them swallows theirs
 * and fires one of its own per burst of failures, so the host signs in once.
 */
export class AuthRequiredEvent extends PkEvent<AuthRequiredDetail> {
  static override readonly eventName = 'pk-auth-required';
}
