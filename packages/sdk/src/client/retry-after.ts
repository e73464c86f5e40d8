// Reads a Retry-After header (delay-seconds or an HTTP-date) as whole seconds to wait.

/** Seconds to wait from `Retry-After`; null when the header is absent or unreadable. */
export function retryAfterSeconds(headers: Headers | undefined, now: number = Date.now()): number | null {
  const value = headers?.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
