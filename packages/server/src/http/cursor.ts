// Opaque retailer cursors: the last id seen plus a check, bound to the filters of the query that made it.
import { createHash } from 'node:crypto';
import { invalidInput } from './problem.js';

const VERSION = 'c1';

const check = (lastId: string, filterKey: string): string =>
  createHash('sha256').update(`${VERSION}\u0000${lastId}\u0000${filterKey}`).digest('base64url').slice(0, 12);

/** A stable key for the filters a cursor belongs to (not the limit: pages may change size). */
export const filterKeyOf = (filters: Record<string, string | number | undefined>): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        Object.keys(filters)
          .sort()
          .map((name) => [name, filters[name] ?? null]),
      ),
    )
    .digest('base64url')
    .slice(0, 12);

export function encodeCursor(lastId: string, filterKey: string): string {
  return Buffer.from(`${VERSION}.${lastId}.${check(lastId, filterKey)}`, 'utf8').toString('base64url');
}

/**
 * The last id inside a cursor made by encodeCursor for the same filters. The check makes
 * a garbled, hand-made or other-query cursor a clear 400 instead of a silently wrong page.
 */
export function decodeCursor(cursor: string, filterKey: string): string {
  const bad = (why: string) =>
    invalidInput('query.cursor', `${why}: pass back nextCursor from the previous page unchanged`);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad('not a cursor this server made');
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^c1\.([a-z0-9][a-z0-9._-]{0,63})\.([A-Za-z0-9_-]{12})$/.exec(text);
  const lastId = match?.[1];
  if (lastId === undefined || match?.[2] === undefined) throw bad('not a cursor this server made');
  if (match[2] !== check(lastId, filterKey)) throw bad('the cursor does not belong to these filters');
  return lastId;
}
