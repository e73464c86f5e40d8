// For tests of the server and of what runs against it (the hardening suites): checks on a database file.
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';

/**
 * SHA-256 of every table's rows in rowid order, read through a separate read-only connection: "nothing was
 * written" made checkable.
 */
export function tableChecksums(dbPath: string): Record<string, string> {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all();
    return Object.fromEntries(
      tables.map((table) => {
        const rows = db
          .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY rowid`)
          .raw()
          .all();
        return [table, createHash('sha256').update(JSON.stringify(rows)).digest('hex')];
      }),
    );
  } finally {
    db.close();
  }
}
