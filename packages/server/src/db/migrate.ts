// Applies pending migrations, each in its own transaction, and records them in schema_migrations.
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export interface MigrationResult {
  /** Versions applied by this run (empty when the database was up to date). */
  applied: number[];
  /** The schema version after the run. */
  version: number;
}

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((row) => row.version),
  );
  const newest = Math.max(0, ...done);
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  // A database written by a newer server would be misread by this one: refuse rather than guess.
  if (newest > known) {
    throw new SchemaTooNewError(`the database is at schema version ${newest}, newer than this server knows (${known})`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    applied.push(migration.version);
  }
  return { applied, version: Math.max(newest, ...applied) };
}
