// Wakes the open change streams when a write commits, and ends them all when the server closes.
// Streams also look at the log on a short timer, so writes by another process sharing the file reach them too.

export class ChangeFeed {
  #waiters = new Set<() => void>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** A write committed: every waiting stream reads the log now. */
  notify(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next notify, after `ms`, or when the feed closes, whichever comes first. */
  wait(ms: number): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#waiters.add(wake);
    });
  }

  /** The server is closing: streams end their responses cleanly instead of holding the close up. */
  close(): void {
    this.#closed = true;
    this.notify();
  }
}
