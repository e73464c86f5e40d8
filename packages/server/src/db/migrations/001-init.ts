// Migration 001: the initial schema. Filterable fields are real, indexed columns; nested parts are JSON.
export const name = 'init';

export const sql = /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE plans (
  id       TEXT PRIMARY KEY,
  year     INTEGER NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document))
) STRICT;
CREATE INDEX plans_by_year ON plans (year DESC, id);

CREATE TABLE kpis (
  plan_id  TEXT NOT NULL REFERENCES plans (id),
  id       TEXT NOT NULL,
  position INTEGER NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document)),
  PRIMARY KEY (plan_id, id)
) STRICT;

CREATE TABLE measurements (
  plan_id TEXT NOT NULL,
  kpi_id  TEXT NOT NULL,
  period  TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  value   REAL NOT NULL,
  PRIMARY KEY (plan_id, kpi_id, period),
  FOREIGN KEY (plan_id, kpi_id) REFERENCES kpis (plan_id, id)
) STRICT;

CREATE TABLE tasks (
  id            TEXT PRIMARY KEY,
  plan_id       TEXT NOT NULL REFERENCES plans (id),
  position      INTEGER NOT NULL,
  pillar_id     TEXT NOT NULL,
  initiative_id TEXT NOT NULL,
  owner         TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'blocked', 'done')),
  progress      INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  start         TEXT,
  due           TEXT,
  title_zh      TEXT NOT NULL,
  title_en      TEXT NOT NULL,
  assignees     TEXT NOT NULL CHECK (json_valid(assignees)),
  kpi_ids       TEXT NOT NULL CHECK (json_valid(kpi_ids)),
  version       INTEGER NOT NULL CHECK (version >= 1),
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_by_status ON tasks (plan_id, status);
CREATE INDEX tasks_by_owner ON tasks (plan_id, owner);
CREATE INDEX tasks_by_pillar ON tasks (plan_id, pillar_id);
CREATE INDEX tasks_by_initiative ON tasks (plan_id, initiative_id);
CREATE INDEX tasks_by_due ON tasks (plan_id, due);

CREATE TABLE grids (
  id          TEXT PRIMARY KEY,
  position    INTEGER NOT NULL,
  code        TEXT NOT NULL,
  area        TEXT NOT NULL CHECK (area IN ('urban', 'rural')),
  inspections INTEGER NOT NULL CHECK (inspections >= 0),
  document    TEXT NOT NULL CHECK (json_valid(document))
) STRICT;

CREATE TABLE retailers (
  id            TEXT PRIMARY KEY,
  grid_id       TEXT NOT NULL REFERENCES grids (id),
  tier          INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 100),
  name          TEXT NOT NULL,
  licence       TEXT NOT NULL,
  business_type TEXT NOT NULL,
  area          TEXT NOT NULL,
  document      TEXT NOT NULL CHECK (json_valid(document))
) STRICT;
CREATE INDEX retailers_by_tier ON retailers (tier, id);
CREATE INDEX retailers_by_grid ON retailers (grid_id, id);

CREATE TABLE grid_items (
  id           TEXT PRIMARY KEY,
  seq          INTEGER NOT NULL UNIQUE,
  grid_id      TEXT NOT NULL REFERENCES grids (id),
  kind         TEXT NOT NULL,
  title        TEXT NOT NULL,
  stage        TEXT NOT NULL CHECK (stage IN ('collected', 'routed', 'responded', 'handled', 'fedBack')),
  collected_at TEXT NOT NULL,
  retailer_id  TEXT REFERENCES retailers (id),
  times        TEXT NOT NULL CHECK (json_valid(times)),
  version      INTEGER NOT NULL CHECK (version >= 1)
) STRICT;
CREATE INDEX grid_items_by_stage ON grid_items (grid_id, stage);

CREATE TABLE idempotency_keys (
  key          TEXT PRIMARY KEY,
  route        TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status       INTEGER NOT NULL,
  body         TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
`;
