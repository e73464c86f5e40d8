// Migration 003: the change log. Every write appends one row in its own transaction, so the change stream
// announces exactly what committed. AUTOINCREMENT: a sequence number is never reused, even after pruning.
export const name = 'changes';

export const sql = /* sql */ `
CREATE TABLE changes (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  plan_id    TEXT,
  entity     TEXT NOT NULL CHECK (entity IN ('task', 'measurement', 'item')),
  entity_id  TEXT NOT NULL,
  period     TEXT,
  version    INTEGER
) STRICT;
CREATE INDEX changes_by_plan ON changes (plan_id, seq);
`;
