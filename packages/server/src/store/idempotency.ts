// Stored results of POSTs made with an Idempotency-Key, so a retry replays instead of creating twice.
import type { Database } from 'better-sqlite3';

export interface IdempotentResult {
  key: string;
  /** Method and path the key was first used with. */
  route: string;
  /** SHA-256 of the request body as received, to tell a retry from a different request. */
  requestHash: string;
  status: number;
  body: string;
  createdAt: string;
}

/** How long a key is remembered: long enough for any client's retries, short enough to keep the table small. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export function findIdempotentResult(db: Database, key: string): IdempotentResult | undefined {
  return db
    .prepare<[string], IdempotentResult>(
      `SELECT key, route, request_hash AS requestHash, status, body, created_at AS createdAt
       FROM idempotency_keys WHERE key = ?`,
    )
    .get(key);
}

export function saveIdempotentResult(db: Database, result: IdempotentResult): void {
  db.prepare(
    'INSERT INTO idempotency_keys (key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(result.key, result.route, result.requestHash, result.status, result.body, result.createdAt);
}

/** Forget keys older than the TTL (called inside the writing transaction, so it costs one indexed delete). */
export function pruneIdempotencyKeys(db: Database, now: Date): void {
  db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(
    new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString(),
  );
}
