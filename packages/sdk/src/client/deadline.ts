// A timer linked by hand to the caller's AbortSignal: AbortSignal.any and AbortSignal.timeout are missing on
// the Chromium 86 the widgets support, and they would also leave the linking to the garbage collector.

/** The longest delay setTimeout honours; a longer one would fire at once. */
const LONGEST_TIMER = 2_147_483_647;

/**
 * Calls `end(true)` after `ms`, or `end(false)` as soon as `signal` aborts (at once if it already has),
 * whichever comes first, and only once. The timer and the listener are gone after that, or after the
 * returned `cancel()`.
 */
export function deadline(signal: AbortSignal | undefined, ms: number, end: (elapsed: boolean) => void): () => void {
  const cancel = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  const finish = (elapsed: boolean) => {
    cancel();
    end(elapsed);
  };
  const onAbort = () => finish(false);
  const timer = setTimeout(finish, Math.min(ms, LONGEST_TIMER), true);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return cancel;
}
