// Retailers: stored whole as JSON with tier, grid, name and licence as columns for filtering and paging.
import type { Database } from 'better-sqlite3';
import type { Retailer } from '@plankit/sdk/schemas';
import { containsPattern } from './like.js';

export function insertRetailer(db: Database, retailer: Retailer): void {
  db.prepare(
    `INSERT INTO retailers (id, grid_id, tier, name, licence, business_type, area, document)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    retailer.id,
    retailer.gridId,
    retailer.tier,
    retailer.name,
    retailer.licence,
    retailer.businessType,
    retailer.area,
    JSON.stringify(retailer),
  );
}

/** Filters already checked by the route; `tierRange` is a band resolved through the tier scheme. */
export interface RetailerFilter {
  tier?: number;
  tierRange?: { from: number; to: number };
  gridId?: string;
  q?: string;
}

function whereClause(filter: RetailerFilter): { sql: string; values: Array<string | number> } {
  const where: string[] = [];
  const values: Array<string | number> = [];
  const add = (clause: string, ...bound: Array<string | number>) => {
    where.push(clause);
    values.push(...bound);
  };
  if (filter.tier !== undefined) add('tier = ?', filter.tier);
  if (filter.tierRange !== undefined) add('tier BETWEEN ? AND ?', filter.tierRange.from, filter.tierRange.to);
  if (filter.gridId !== undefined) add('grid_id = ?', filter.gridId);
  if (filter.q !== undefined && filter.q !== '') {
    const pattern = containsPattern(filter.q);
    where.push(`(name LIKE ? ESCAPE '\\' OR licence LIKE ? ESCAPE '\\')`);
    values.push(pattern, pattern);
  }
  return { sql: where.length > 0 ? where.join(' AND ') : '1 = 1', values };
}

/** One page in id order after `afterId`; `hasMore` says whether another page follows. */
export function pageRetailers(
  db: Database,
  filter: RetailerFilter,
  afterId: string | null,
  limit: number,
): { items: Retailer[]; hasMore: boolean } {
  const { sql, values } = whereClause(filter);
  const after = afterId === null ? '' : ' AND id > ?';
  const rows = db
    .prepare<Array<string | number>, string>(`SELECT document FROM retailers WHERE ${sql}${after} ORDER BY id LIMIT ?`)
    .pluck()
    .all(...values, ...(afterId === null ? [] : [afterId]), limit + 1);
  const hasMore = rows.length > limit;
  return { items: rows.slice(0, limit).map((document) => JSON.parse(document) as Retailer), hasMore };
}

/** Every retailer matching the filter (for summaries). */
export function allRetailers(db: Database, filter: RetailerFilter): Retailer[] {
  const { sql, values } = whereClause(filter);
  return db
    .prepare<Array<string | number>, string>(`SELECT document FROM retailers WHERE ${sql} ORDER BY id`)
    .pluck()
    .all(...values)
    .map((document) => JSON.parse(document) as Retailer);
}
