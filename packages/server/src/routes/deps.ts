// What every route module receives: the database, the clock and the change log. Passed in, never global, so
// tests can pin them.
import type { Database } from 'better-sqlite3';
import type { ChangeInput } from '../store/changes.js';

export const API_BASE = '/api/v1';

export interface RouteDeps {
  db: Database;
  now: () => Date;
  /** Append a change to the log. Call it inside the write's transaction, once the write has succeeded. */
  recordChange: (change: ChangeInput) => void;
  /** Wakes the change streams after a write has committed. */
  changesCommitted: () => void;
}
