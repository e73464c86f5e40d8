// Migration 002: a task's due date may be assumed (the plan's text gives none): `due_assumed`, 0 or 1.
export const name = 'due-assumed';

export const sql = /* sql */ `
ALTER TABLE tasks ADD COLUMN due_assumed INTEGER NOT NULL DEFAULT 0 CHECK (due_assumed IN (0, 1));
`;
