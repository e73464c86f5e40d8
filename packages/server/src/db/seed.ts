// First-start data: the 2020 plan and a generated county, written in one transaction or not at all.
import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import { parseOrThrow } from '@plankit/sdk';
import { generateCounty, plan2020 } from '@plankit/sdk/fixtures';
import { GridStageLimits, IsoDate, Kpi, Plan, Task } from '@plankit/sdk/schemas';
import { insertKpi } from '../store/kpis.js';
import { insertPlan } from '../store/plans.js';
import { insertTask } from '../store/tasks.js';
import { insertGrid } from '../store/grids.js';
import { insertRetailer } from '../store/retailers.js';
import { insertItem } from '../store/items.js';
import { readSetting, writeSetting } from '../store/settings.js';

/**
 * The plan a server starts with: the plan, its KPIs and tasks, the grid stage time limits and the date
 * its figures describe. Any bureau's plan with its own departments, categories, units and item kinds
 * (named in `plan.vocabulary`) fits.
 */
export const PlanData = z.object({
  plan: Plan,
  kpis: z.array(Kpi),
  tasks: z.array(Task),
  stageLimits: GridStageLimits,
  asOf: IsoDate,
});
export type PlanData = z.infer<typeof PlanData>;

/** Validate plan data before it is written: the schemas, and every KPI and task belonging to the plan. */
function checkPlanData(data: unknown): PlanData {
  const parsed = parseOrThrow(PlanData, data, 'planData');
  const { plan } = parsed;
  const foreign = [...parsed.kpis, ...parsed.tasks].find((item) => item.planId !== plan.id);
  if (foreign !== undefined)
    throw new Error(`planData: "${foreign.id}" belongs to plan "${foreign.planId}", not "${plan.id}"`);
  const kpiIds = parsed.kpis.map((kpi) => kpi.id);
  if (JSON.stringify(kpiIds) !== JSON.stringify(plan.kpiIds))
    throw new Error(`planData: the KPIs (${kpiIds.join(', ')}) are not the plan's kpiIds (${plan.kpiIds.join(', ')})`);
  return parsed;
}

export interface SeedOptions {
  /** The plan to seed; the 2020 plan of X county when absent. Validated first: invalid data throws and writes nothing. */
  planData?: PlanData;
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
  const { plan, kpis, tasks, stageLimits, asOf } =
    options.planData === undefined ? plan2020 : checkPlanData(options.planData);
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
    // The plan's own limits, when it has them, replace the deployment's.
    writeSetting(db, 'stageLimits', plan.stageLimits ?? stageLimits);
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
