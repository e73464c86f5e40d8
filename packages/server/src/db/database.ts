// Opens the SQLite database with durable settings and brings its schema up to date.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { runMigrations, type MigrationResult } from './migrate.js';

export interface OpenedDatabase {
  db: Database;
  migrations: MigrationResult;
}

export function openDatabase(path: string): OpenedDatabase {
  const db = new BetterSqlite3(path);
  try {
    // WAL lets readers run beside the writer; synchronous=FULL fsyncs every commit so an
    // acknowledged write survives kill -9 and power loss, not only a process crash.
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrations = runMigrations(db);
    return { db, migrations };
  } catch (error) {
    db.close();
    throw error;
  }
}
