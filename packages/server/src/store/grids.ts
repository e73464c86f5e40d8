// Grids: geometry and properties as JSON; figures are computed from live data when read (see grid-figures.ts).
import type { Database } from 'better-sqlite3';
import type { Grid } from '@plankit/sdk/schemas';

/** A grid as stored: everything but the figures, which change with every item and retailer. */
export type StoredGrid = Omit<Grid, 'properties'> & { properties: Omit<Grid['properties'], 'figures'> };

export function insertGrid(db: Database, grid: Grid, position: number): void {
  const { figures, ...properties } = grid.properties;
  const stored: StoredGrid = { ...grid, properties };
  db.prepare('INSERT INTO grids (id, position, code, area, inspections, document) VALUES (?, ?, ?, ?, ?, ?)').run(
    grid.id,
    position,
    grid.properties.code,
    grid.properties.area,
    // Inspections are recorded elsewhere in a real deployment; the seed's count is kept as data.
    figures.inspections ?? 0,
    JSON.stringify(stored),
  );
}

export interface GridRecord {
  grid: StoredGrid;
  inspections: number;
}

export function listGridRecords(db: Database): GridRecord[] {
  return db
    .prepare<[], { document: string; inspections: number }>('SELECT document, inspections FROM grids ORDER BY position')
    .all()
    .map((row) => ({ grid: JSON.parse(row.document) as StoredGrid, inspections: row.inspections }));
}

/** A grid's name, or undefined when there is no such grid. */
export function gridName(db: Database, gridId: string): StoredGrid['properties']['name'] | undefined {
  const document = db.prepare<[string], string>('SELECT document FROM grids WHERE id = ?').pluck().get(gridId);
  return document === undefined ? undefined : (JSON.parse(document) as StoredGrid).properties.name;
}

export function gridExists(db: Database, gridId: string): boolean {
  return db.prepare<[string], 1>('SELECT 1 FROM grids WHERE id = ?').pluck().get(gridId) !== undefined;
}

/** Retailer counts per grid id. */
export function retailerCountsByGrid(db: Database): Map<string, number> {
  const rows = db
    .prepare<[], { grid_id: string; count: number }>(
      'SELECT grid_id, COUNT(*) AS count FROM retailers GROUP BY grid_id',
    )
    .all();
  return new Map(rows.map((row) => [row.grid_id, row.count]));
}
