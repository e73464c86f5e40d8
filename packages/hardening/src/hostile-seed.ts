// Hostile text written straight into the reference server's tables (as a compromised or careless backend
// would hold it): per entry a plan, its KPIs and a task with the text in every text field, a grid of its own
// named with the text (holding copies of one grid's retailers, so every entry's figures are the same) and one
// retailer's name. The elements then load it through the SDK like any other data.
import BetterSqlite3 from 'better-sqlite3';
import { Grid, parseOrThrow, type Kpi, type Plan, type Task } from '@plankit/sdk';
import { plan2020 } from '@plankit/sdk/fixtures';
import { withPollutionKeys, type Payload } from './payloads.js';
import { kpiWithText, type ConnectedScope } from './targets.js';

/** The KPIs each hostile plan holds (the same two the panel shows standalone). */
export const HOSTILE_KPI_IDS = ['sales-volume', 'safety-major-accidents'] as const;

/** Every `{ zh, en }` text inside `value` replaced by `text`. */
function replaceText<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => replaceText(item, text)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record['zh'] === 'string' && typeof record['en'] === 'string')
    return { zh: text, en: text } as T;
  return Object.fromEntries(keys.map((key) => [key, replaceText(record[key], text)])) as T;
}

const hostileJson = (value: unknown, payload: Payload): string =>
  JSON.stringify(payload.pollute === undefined ? value : withPollutionKeys(value, payload.pollute, payload.id));

/** Write one plan (with KPIs and a task) per payload, and name one grid and one retailer after it. */
export function seedHostile(dbPath: string, payloads: readonly Payload[], asOf: string): Map<string, ConnectedScope> {
  const db = new BetterSqlite3(dbPath);
  const scopes = new Map<string, ConnectedScope>();
  try {
    const grids = db
      .prepare<[], { id: string; document: string }>('SELECT id, document FROM grids ORDER BY position')
      .all();
    const retailers = db.prepare<[], { id: string }>('SELECT id FROM retailers ORDER BY id').all();
    const templateGrid = grids[0];
    if (templateGrid === undefined) throw new Error('the seeded database has no grid to copy');
    const templateRetailers = db
      .prepare<[string], RetailerRow>('SELECT * FROM retailers WHERE grid_id = ? ORDER BY id')
      .all(templateGrid.id);
    const template = plan2020.tasks[0] as Task;
    db.transaction(() => {
      payloads.forEach((payload, index) => {
        const text = payload.text;
        const planId = `xss-${payload.id}`;
        const plan: Plan = { ...replaceText(plan2020.plan, text), id: planId, kpiIds: [...HOSTILE_KPI_IDS] };
        db.prepare('INSERT INTO plans (id, year, document) VALUES (?, ?, ?)').run(
          planId,
          plan.year,
          hostileJson(plan, payload),
        );
        HOSTILE_KPI_IDS.forEach((kpiId, position) => {
          const { measurements, evaluation: _evaluation, ...definition }: Kpi = { ...kpiWithText(kpiId, text), planId };
          db.prepare('INSERT INTO kpis (plan_id, id, position, document) VALUES (?, ?, ?, ?)').run(
            planId,
            kpiId,
            position,
            hostileJson(definition, payload),
          );
          for (const measurement of measurements) {
            db.prepare('INSERT INTO measurements (plan_id, kpi_id, period, value) VALUES (?, ?, ?, ?)').run(
              planId,
              kpiId,
              measurement.period,
              measurement.value,
            );
          }
        });
        const taskId = `${planId}-t1`;
        db.prepare(
          `INSERT INTO tasks (id, plan_id, position, pillar_id, initiative_id, owner, status, progress, start, due,
                              title_zh, title_en, assignees, kpi_ids, version, updated_at)
           VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        ).run(
          taskId,
          planId,
          template.pillarId,
          template.initiativeId,
          template.owner,
          template.status,
          template.progress,
          template.start,
          template.due,
          text,
          text,
          JSON.stringify([text]),
          JSON.stringify([...HOSTILE_KPI_IDS]),
          template.updatedAt,
        );
        // A grid of its own, named with the text, when the schema accepts it so named: GET /grids answers every
        // grid at once, and one grid it refuses would make the collection invalid for every entry.
        const gridId = seedHostileGrid(db, templateGrid, templateRetailers, payload, grids.length + index);
        // Retailers are shared by all plans: entry i names retailer i (when there are that many).
        const retailer = retailers[index];
        if (retailer !== undefined) {
          db.prepare(`UPDATE retailers SET name = ?, document = json_set(document, '$.name', ?) WHERE id = ?`).run(
            text,
            text,
            retailer.id,
          );
        }
        scopes.set(payload.id, {
          planId,
          kpiId: HOSTILE_KPI_IDS[0],
          taskId,
          gridId,
          retailerId: retailer?.id ?? '',
          asOf,
        });
      });
    })();
  } finally {
    db.close();
  }
  return scopes;
}

interface RetailerRow {
  id: string;
  grid_id: string;
  tier: number;
  name: string;
  licence: string;
  business_type: string;
  area: string;
  document: string;
}

/**
 * Insert grid `xss-<payload id>`: a copy of `template` (its geometry, code, area, people) whose name and group
 * are the payload's text, with copies of the template's retailers (same tiers and orders), so every entry's
 * tier summary has the same figures and only the grid's name differs. Returns its id, or '' when the Grid
 * schema refuses the text (over the 2,000-character limit, empty): no grid is seeded for it.
 */
function seedHostileGrid(
  db: BetterSqlite3.Database,
  template: { id: string; document: string },
  retailers: readonly RetailerRow[],
  payload: Payload,
  position: number,
): string {
  const gridId = `xss-${payload.id}`;
  const stored = JSON.parse(template.document) as { id: string; properties: Record<string, unknown> };
  const text = { zh: payload.text, en: payload.text };
  const grid = { ...stored, id: gridId, properties: { ...stored.properties, id: gridId, name: text, group: text } };
  try {
    parseOrThrow(Grid, { ...grid, properties: { ...grid.properties, figures: {} } }, 'grid');
  } catch {
    return '';
  }
  const row = db
    .prepare<[string], { code: string; area: string }>('SELECT code, area FROM grids WHERE id = ?')
    .get(template.id);
  db.prepare('INSERT INTO grids (id, position, code, area, inspections, document) VALUES (?, ?, ?, ?, 0, ?)').run(
    gridId,
    position,
    row?.code ?? 'xss',
    row?.area ?? 'urban',
    JSON.stringify(grid),
  );
  const insert = db.prepare(
    `INSERT INTO retailers (id, grid_id, tier, name, licence, business_type, area, document)
     VALUES (?, ?, ?, ?, ?, ?, ?, json_set(?, '$.id', ?, '$.gridId', ?))`,
  );
  retailers.forEach((retailer, index) => {
    const id = `${gridId}-r${index}`;
    insert.run(
      id,
      gridId,
      retailer.tier,
      retailer.name,
      retailer.licence,
      retailer.business_type,
      retailer.area,
      retailer.document,
      id,
      gridId,
    );
  });
  return gridId;
}
