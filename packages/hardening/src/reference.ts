// The reference server under test, through the shared starter (@plankit/harness/reference): in this process on a
// temporary database with the suites' tokens and seed, or as a child process running the real CLI (for kill -9
// and for reading its logs). Tokens are always explicit.
import type { TokenGrant } from '@plankit/server';
import BetterSqlite3 from 'better-sqlite3';
import {
  seedDatabase as seedWith,
  startReference as startWith,
  type Reference,
  type ReferenceOptions as SharedOptions,
} from '@plankit/harness/reference';
import { SEED_SCOPE, type ConnectedScope } from './targets.js';

export { spawnServer, temporaryDir, type Reference, type ServerProcess } from '@plankit/harness/reference';

/** Test tokens: long, random-looking and unique, so a scan for them cannot match anything by accident. */
export const EDITOR_TOKEN = 'hx-editor-Q7v2Lk9wPz3mN8rT5yB1cX4d';
export const VIEWER_TOKEN = 'hx-viewer-H6s0Jf2gR9eW4qA7uZ3kM8pV';
export const TOKEN_GRANTS: TokenGrant[] = [
  { token: EDITOR_TOKEN, role: 'editor' },
  { token: VIEWER_TOKEN, role: 'viewer' },
];

/** Small enough to seed in well under a second; the suites need the plan and a few grids and retailers. */
export const SEED_SIZES = { grids: 12, retailers: 200 } as const;
export const SEED = '2020';

/** Create and seed a database file the way the server's first start would. */
export function seedDatabase(dbPath: string): void {
  seedWith(dbPath, { seed: SEED, ...SEED_SIZES });
}

/** SEED_SCOPE with the first grid, retailer and grid item of the seeded database. */
export function seedScope(dbPath: string): ConnectedScope & { itemId: string } {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    const first = (table: string): string =>
      (db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1`).pluck().get() as string | undefined) ?? '';
    return { ...SEED_SCOPE, gridId: first('grids'), retailerId: first('retailers'), itemId: first('grid_items') };
  } finally {
    db.close();
  }
}

/** The shared starter's options besides the suites' tokens and seed, which are fixed here. */
export type ReferenceOptions = Omit<SharedOptions, 'tokens' | 'seed' | 'grids' | 'retailers'>;

export function startReference(options: ReferenceOptions = {}): Promise<Reference> {
  return startWith({ tokens: TOKEN_GRANTS, seed: SEED, ...SEED_SIZES, ...options });
}
