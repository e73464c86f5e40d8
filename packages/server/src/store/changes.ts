// The change log: appended inside each write's transaction, read by the change stream, pruned to a window.
import type { Database } from 'better-sqlite3';
import type { Change, ChangeEntity } from '@plankit/sdk/schemas';

/** How many changes the log keeps; a client further behind is told to reload (never silently skipped). */
export const DEFAULT_CHANGE_LOG_SIZE = 10_000;

export interface ChangeInput {
  planId: string | null;
  entity: ChangeEntity;
  entityId: string;
  period?: string;
  version?: number;
}

interface ChangeRow {
  seq: number;
  at: string;
  plan_id: string | null;
  entity: ChangeEntity;
  entity_id: string;
  period: string | null;
  version: number | null;
}

const toChange = (row: ChangeRow): Change => ({
  seq: row.seq,
  at: row.at,
  planId: row.plan_id,
  entity: row.entity,
  entityId: row.entity_id,
  ...(row.period === null ? {} : { period: row.period }),
  ...(row.version === null ? {} : { version: row.version }),
});

/**
 * Record one change. Call it inside the write's transaction: if the write rolls back, so does its change,
 * and the change is visible to readers only once the write is. Keeps the newest `keep` rows.
 */
export function appendChange(db: Database, change: ChangeInput, at: Date, keep = DEFAULT_CHANGE_LOG_SIZE): number {
  const seq = Number(
    db
      .prepare('INSERT INTO changes (at, plan_id, entity, entity_id, period, version) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        at.toISOString(),
        change.planId,
        change.entity,
        change.entityId,
        change.period ?? null,
        change.version ?? null,
      ).lastInsertRowid,
  );
  if (seq > keep) db.prepare('DELETE FROM changes WHERE seq <= ?').run(seq - keep);
  return seq;
}

/** The plan's changes (and the county-wide ones) after `since`, oldest first, at most `limit`. */
export function changesSince(db: Database, planId: string, since: number, limit: number): Change[] {
  return db
    .prepare<[number, string, number], ChangeRow>(
      `SELECT * FROM changes WHERE seq > ? AND (plan_id = ? OR plan_id IS NULL) ORDER BY seq LIMIT ?`,
    )
    .all(since, planId, limit)
    .map(toChange);
}

/** The newest sequence number ever given (0 before the first change), pruned or not. */
export function latestChangeSeq(db: Database): number {
  return db.prepare<[], number>(`SELECT seq FROM sqlite_sequence WHERE name = 'changes'`).pluck().get() ?? 0;
}

/** The oldest sequence number the log still holds, or null when it is empty. */
export function oldestChangeSeq(db: Database): number | null {
  return db.prepare<[], number | null>('SELECT min(seq) FROM changes').pluck().get() ?? null;
}
