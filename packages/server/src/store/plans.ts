// Plans: stored whole as JSON, with the year as a column for ordering.
import type { Database } from 'better-sqlite3';
import type { Plan, PlanSummary } from '@plankit/sdk/schemas';

export function insertPlan(db: Database, plan: Plan): void {
  db.prepare('INSERT INTO plans (id, year, document) VALUES (?, ?, ?)').run(plan.id, plan.year, JSON.stringify(plan));
}

/** Newest year first; plans of one year by id. */
export function listPlanSummaries(db: Database): PlanSummary[] {
  return db
    .prepare<[], { document: string }>('SELECT document FROM plans ORDER BY year DESC, id')
    .all()
    .map((row) => {
      const plan = JSON.parse(row.document) as Plan;
      return { id: plan.id, year: plan.year, org: plan.org, title: plan.title };
    });
}

export function getPlan(db: Database, planId: string): Plan | undefined {
  const row = db.prepare<[string], { document: string }>('SELECT document FROM plans WHERE id = ?').get(planId);
  return row === undefined ? undefined : (JSON.parse(row.document) as Plan);
}

export function planExists(db: Database, planId: string): boolean {
  return db.prepare<[string], 1>('SELECT 1 FROM plans WHERE id = ?').pluck().get(planId) !== undefined;
}
