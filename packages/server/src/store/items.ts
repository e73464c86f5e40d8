// Grid information items: stage and grid as indexed columns, stage times as JSON, guarded by a version.
import type { Database } from 'better-sqlite3';
import type { ChangeInput } from './changes.js';
import { GRID_ITEM_STAGES, type GridItem, type GridItemStage } from '@plankit/sdk/schemas';

interface ItemRow {
  id: string;
  grid_id: string;
  kind: string;
  title: string;
  stage: string;
  retailer_id: string | null;
  times: string;
  version: number;
}

const toItem = (row: ItemRow): GridItem => ({
  id: row.id,
  gridId: row.grid_id,
  kind: row.kind as GridItem['kind'],
  title: row.title,
  stage: row.stage as GridItemStage,
  times: JSON.parse(row.times) as GridItem['times'],
  retailerId: row.retailer_id,
  version: row.version,
});

const COLUMNS = 'id, grid_id, kind, title, stage, retailer_id, times, version';

export function insertItem(db: Database, item: GridItem): void {
  db.prepare(
    `INSERT INTO grid_items (id, seq, grid_id, kind, title, stage, collected_at, retailer_id, times, version)
     VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM grid_items), ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    item.id,
    item.gridId,
    item.kind,
    item.title,
    item.stage,
    item.times.collected,
    item.retailerId,
    JSON.stringify(item.times),
    item.version,
  );
}

/** A grid's items in the order they were recorded, optionally at one stage. */
export function listItems(db: Database, gridId: string, stage?: GridItemStage): GridItem[] {
  const rows =
    stage === undefined
      ? db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM grid_items WHERE grid_id = ? ORDER BY seq`).all(gridId)
      : db
          .prepare<[string, string], ItemRow>(
            `SELECT ${COLUMNS} FROM grid_items WHERE grid_id = ? AND stage = ? ORDER BY seq`,
          )
          .all(gridId, stage);
  return rows.map(toItem);
}

export function listAllItems(db: Database): GridItem[] {
  return db.prepare<[], ItemRow>(`SELECT ${COLUMNS} FROM grid_items ORDER BY seq`).all().map(toItem);
}

export function getItem(db: Database, itemId: string): GridItem | undefined {
  const row = db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM grid_items WHERE id = ?`).get(itemId);
  return row === undefined ? undefined : toItem(row);
}

export function retailerInGrid(db: Database, retailerId: string): string | undefined {
  return db.prepare<[string], string>('SELECT grid_id FROM retailers WHERE id = ?').pluck().get(retailerId);
}

export type ItemAdvanceOutcome =
  | { outcome: 'updated'; item: GridItem }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: GridItem }
  | { outcome: 'not-forward'; current: GridItem }
  | { outcome: 'before-previous'; current: GridItem; previousAt: string };

export const stageIndex = (stage: GridItemStage): number => GRID_ITEM_STAGES.indexOf(stage);

/**
 * Move an item to a later stage at `at`, if it is still at `expectedVersion`. Stages only move
 * forward (a skipped stage stays unrecorded rather than getting an invented time), and the new
 * stage cannot be reached before the latest recorded one. One IMMEDIATE transaction, as for tasks.
 */
export function advanceItem(
  db: Database,
  itemId: string,
  expectedVersion: number,
  stage: GridItemStage,
  at: string,
  recordChange: (change: ChangeInput) => void = () => undefined,
): ItemAdvanceOutcome {
  return db
    .transaction((): ItemAdvanceOutcome => {
      const current = getItem(db, itemId);
      if (current === undefined) return { outcome: 'not-found' };
      if (current.version !== expectedVersion) return { outcome: 'stale', current };
      if (stageIndex(stage) <= stageIndex(current.stage)) return { outcome: 'not-forward', current };
      const previousAt = current.times[current.stage] ?? current.times.collected;
      if (Date.parse(at) < Date.parse(previousAt)) return { outcome: 'before-previous', current, previousAt };
      const times = { ...current.times, [stage]: at };
      const result = db
        .prepare('UPDATE grid_items SET stage = ?, times = ?, version = version + 1 WHERE id = ? AND version = ?')
        .run(stage, JSON.stringify(times), itemId, expectedVersion);
      if (result.changes !== 1) throw new Error(`item ${itemId} changed inside its own transaction`);
      recordChange({ planId: null, entity: 'item', entityId: itemId, version: current.version + 1 });
      return { outcome: 'updated', item: { ...current, stage, times, version: current.version + 1 } };
    })
    .immediate();
}
