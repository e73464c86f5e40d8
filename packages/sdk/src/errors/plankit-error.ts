// The base of every error the SDK raises, so callers can catch all of them at once.
export class PlankitError extends Error {
  override name = 'PlankitError';
  constructor(message: string, options?: { cause?: unknown }) {
    // Error's own `cause` option (Chromium 93+, within the floor of 109).
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
  }
}
