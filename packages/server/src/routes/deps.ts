// What every route module receives: the database and the clock. Passed in, never global, so tests can pin both.
import type { Database } from 'better-sqlite3';

export const API_BASE = '/api/v1';

export interface RouteDeps {
  db: Database;
  now: () => Date;
}
