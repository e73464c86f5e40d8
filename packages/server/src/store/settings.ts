// Small named values kept beside the data: the county's year and tier scheme, stage limits, the seed record.
import type { Database } from 'better-sqlite3';
import type { GridStageLimits, TierScheme } from '@plankit/sdk/schemas';

/** What each setting key holds. */
export interface Settings {
  /** Written last by the seed, inside its transaction: its presence means the seed is complete. */
  seed: { seed: string; grids: number; retailers: number; seededAt: string };
  /** The synthetic county's order data: which year it covers and how many months of it. */
  county: { year: number; months: number; scheme: TierScheme };
  stageLimits: GridStageLimits;
  /** Demo as-of date of the seeded plan (the demo page uses the same). */
  asOf: string;
}

export function readSetting<K extends keyof Settings>(db: Database, key: K): Settings[K] | undefined {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  return row === undefined ? undefined : (JSON.parse(row.value) as Settings[K]);
}

export function writeSetting<K extends keyof Settings>(db: Database, key: K, value: Settings[K]): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** Settings the API cannot work without; a database missing them was not seeded by this server. */
export function requireSetting<K extends keyof Settings>(db: Database, key: K): Settings[K] {
  const value = readSetting(db, key);
  if (value === undefined) throw new Error(`the database has no "${key}" setting: was it seeded?`);
  return value;
}
