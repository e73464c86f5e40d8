// KPIs: the definition as JSON, measurements as rows so one month can be replaced on its own.
import type { Database } from 'better-sqlite3';
import type { Kpi, Measurement } from '@plankit/sdk/schemas';

type KpiDefinition = Omit<Kpi, 'measurements' | 'evaluation'>;

export function insertKpi(db: Database, kpi: Kpi, position: number): void {
  const { measurements, evaluation: _evaluation, ...definition } = kpi;
  db.prepare('INSERT INTO kpis (plan_id, id, position, document) VALUES (?, ?, ?, ?)').run(
    kpi.planId,
    kpi.id,
    position,
    JSON.stringify(definition),
  );
  for (const measurement of measurements) upsertMeasurement(db, kpi.planId, kpi.id, measurement);
}

/** Write one month's value; true when the stored value changed (a repeated PUT of the same value is no change). */
export function upsertMeasurement(db: Database, planId: string, kpiId: string, measurement: Measurement): boolean {
  const result = db
    .prepare(
      `INSERT INTO measurements (plan_id, kpi_id, period, value) VALUES (?, ?, ?, ?)
       ON CONFLICT (plan_id, kpi_id, period) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
    )
    .run(planId, kpiId, measurement.period, measurement.value);
  return result.changes > 0;
}

const withMeasurements = (definition: KpiDefinition, measurements: Measurement[]): Kpi => ({
  ...definition,
  measurements,
});

/** The plan's KPIs in the seed's order, each with its measurements by period. */
export function listKpis(db: Database, planId: string): Kpi[] {
  const definitions = db
    .prepare<[string], { id: string; document: string }>(
      'SELECT id, document FROM kpis WHERE plan_id = ? ORDER BY position',
    )
    .all(planId);
  const byKpi = new Map<string, Measurement[]>();
  for (const row of db
    .prepare<[string], { kpi_id: string; period: string; value: number }>(
      'SELECT kpi_id, period, value FROM measurements WHERE plan_id = ? ORDER BY kpi_id, period',
    )
    .all(planId)) {
    const list = byKpi.get(row.kpi_id) ?? [];
    list.push({ period: row.period, value: row.value });
    byKpi.set(row.kpi_id, list);
  }
  return definitions.map((row) => withMeasurements(JSON.parse(row.document) as KpiDefinition, byKpi.get(row.id) ?? []));
}

export function getKpi(db: Database, planId: string, kpiId: string): Kpi | undefined {
  const row = db
    .prepare<[string, string], { document: string }>('SELECT document FROM kpis WHERE plan_id = ? AND id = ?')
    .get(planId, kpiId);
  if (row === undefined) return undefined;
  const measurements = db
    .prepare<[string, string], Measurement>(
      'SELECT period, value FROM measurements WHERE plan_id = ? AND kpi_id = ? ORDER BY period',
    )
    .all(planId, kpiId);
  return withMeasurements(JSON.parse(row.document) as KpiDefinition, measurements);
}
