// The base of every error the SDK raises, so callers can catch all of them at once.
export class PlankitError extends Error {
  override name = 'PlankitError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    // Set by hand: Error's `cause` option only exists from Chromium 93, and the target is 86.
    if (options && 'cause' in options) this.cause = options.cause;
  }
}
