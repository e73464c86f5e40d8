// The base of every error the SDK raises, so callers can catch all of them at once.
export class PlankitError extends Error {
  override name = 'PlankitError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
