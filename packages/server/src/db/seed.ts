// First-start data: the 2020 plan and a generated county, written in one transaction or not at all.
import type { Database } from 'better-sqlite3';
import { generateCounty, plan2020 } from '@plankit/sdk/fixtures';
import { insertKpi } from '../store/kpis.js';
import { insertPlan } from '../store/plans.js';
import { insertTask } from '../store/tasks.js';
import { insertGrid } from '../store/grids.js';
import { insertRetailer } from '../store/retailers.js';
import { insertItem } from '../store/items.js';
import { readSetting, writeSetting } from '../store/settings.js';

export interface SeedOptions {
  /** Generator seed; decimal text is passed as a number, so `2020` here equals `seed: 2020` elsewhere. */
  seed: string;
  grids: number;
  retailers: number;
  now: Date;
}

export type SeedOutcome =
  { seeded: false } | { seeded: true; counts: Record<'tasks' | 'kpis' | 'grids' | 'retailers' | 'items', number> };

/**
 * Seed a database that has never been seeded. The `seed` setting is written in the same
 * transaction as the data, so a crash mid-seed leaves nothing and the next start seeds again;
 * a seeded database is never seeded twice, whatever the options say now.
 */
export function seedIfEmpty(db: Database, options: SeedOptions): SeedOutcome {
  if (readSetting(db, 'seed') !== undefined) return { seeded: false };
  const { plan, kpis, tasks, stageLimits, asOf } = plan2020;
  const county = generateCounty({
    seed: /^\d{1,15}$/.test(options.seed) ? Number(options.seed) : options.seed,
    grids: options.grids,
    retailers: options.retailers,
    year: plan.year,
    // The county's order data runs to the plan's as-of month, so the demo tells one story.
    months: Number(asOf.slice(5, 7)),
  });
  db.transaction(() => {
    insertPlan(db, plan);
    kpis.forEach((kpi, index) => insertKpi(db, kpi, index));
    tasks.forEach((task, index) => insertTask(db, task, index));
    county.grids.features.forEach((grid, index) => insertGrid(db, grid, index));
    for (const retailer of county.retailers) insertRetailer(db, retailer);
    for (const item of county.items) insertItem(db, item);
    writeSetting(db, 'county', { year: county.year, months: county.months, scheme: county.scheme });
    writeSetting(db, 'stageLimits', stageLimits);
    writeSetting(db, 'asOf', asOf);
    writeSetting(db, 'seed', {
      seed: options.seed,
      grids: options.grids,
      retailers: options.retailers,
      seededAt: options.now.toISOString(),
    });
  }).immediate();
  return {
    seeded: true,
    counts: {
      tasks: tasks.length,
      kpis: kpis.length,
      grids: county.grids.features.length,
      retailers: county.retailers.length,
      items: county.items.length,
    },
  };
}
