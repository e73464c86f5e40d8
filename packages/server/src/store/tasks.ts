// Tasks: filterable fields as indexed columns; updates guarded by the version in one statement.
import type { Database } from 'better-sqlite3';
import type { Task, TaskPatch, TaskQuery } from '@plankit/sdk/schemas';
import type { ChangeInput } from './changes.js';
import { containsPattern } from './like.js';

interface TaskRow {
  id: string;
  plan_id: string;
  pillar_id: string;
  initiative_id: string;
  owner: string;
  status: string;
  progress: number;
  start: string | null;
  due: string | null;
  due_assumed: number;
  title_zh: string;
  title_en: string;
  assignees: string;
  kpi_ids: string;
  version: number;
  updated_at: string;
}

const toTask = (row: TaskRow): Task => ({
  id: row.id,
  planId: row.plan_id,
  pillarId: row.pillar_id,
  initiativeId: row.initiative_id,
  title: { zh: row.title_zh, en: row.title_en },
  owner: row.owner as Task['owner'],
  assignees: JSON.parse(row.assignees) as string[],
  start: row.start,
  due: row.due,
  ...(row.due_assumed === 1 ? { dueAssumed: true } : {}),
  status: row.status as Task['status'],
  progress: row.progress,
  kpiIds: JSON.parse(row.kpi_ids) as string[],
  version: row.version,
  updatedAt: row.updated_at,
});

export function insertTask(db: Database, task: Task, position: number): void {
  db.prepare(
    `INSERT INTO tasks (id, plan_id, position, pillar_id, initiative_id, owner, status, progress, start, due,
                        due_assumed, title_zh, title_en, assignees, kpi_ids, version, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    task.id,
    task.planId,
    position,
    task.pillarId,
    task.initiativeId,
    task.owner,
    task.status,
    task.progress,
    task.start,
    task.due,
    task.dueAssumed === true && task.due !== null ? 1 : 0,
    task.title.zh,
    task.title.en,
    JSON.stringify(task.assignees),
    JSON.stringify(task.kpiIds),
    task.version,
    task.updatedAt,
  );
}

/** The plan's tasks matching every given filter, in plan order. Values are bound, never spliced into SQL. */
export function listTasks(db: Database, planId: string, query: TaskQuery): Task[] {
  const where = ['plan_id = ?'];
  const values: Array<string | number> = [planId];
  const add = (clause: string, ...bound: Array<string | number>) => {
    where.push(clause);
    values.push(...bound);
  };
  if (query.status !== undefined) add('status = ?', query.status);
  if (query.owner !== undefined) add('owner = ?', query.owner);
  if (query.pillar !== undefined) add('pillar_id = ?', query.pillar);
  if (query.initiative !== undefined) add('initiative_id = ?', query.initiative);
  // A task without a due date is never "due before" anything.
  if (query.dueBefore !== undefined) add('due IS NOT NULL AND due < ?', query.dueBefore);
  if (query.q !== undefined && query.q !== '') {
    const pattern = containsPattern(query.q);
    where.push(`(title_zh LIKE ? ESCAPE '\\' OR title_en LIKE ? ESCAPE '\\')`);
    values.push(pattern, pattern);
  }
  return db
    .prepare<Array<string | number>, TaskRow>(`SELECT * FROM tasks WHERE ${where.join(' AND ')} ORDER BY position`)
    .all(...values)
    .map(toTask);
}

export function getTask(db: Database, taskId: string): Task | undefined {
  const row = db.prepare<[string], TaskRow>('SELECT * FROM tasks WHERE id = ?').get(taskId);
  return row === undefined ? undefined : toTask(row);
}

export type TaskUpdateOutcome =
  | { outcome: 'updated'; task: Task }
  | { outcome: 'unchanged'; task: Task }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: Task };

/**
 * Apply `patch` if the task is still at `expectedVersion`. The read, the comparison and the
 * `UPDATE … WHERE version = ?` run in one IMMEDIATE transaction, so of two writers starting
 * from the same version exactly one wins, even across processes sharing the file.
 */
export function updateTask(
  db: Database,
  taskId: string,
  expectedVersion: number,
  patch: TaskPatch,
  now: Date,
  recordChange: (change: ChangeInput) => void = () => undefined,
): TaskUpdateOutcome {
  return db
    .transaction((): TaskUpdateOutcome => {
      const current = getTask(db, taskId);
      if (current === undefined) return { outcome: 'not-found' };
      if (current.version !== expectedVersion) return { outcome: 'stale', current };
      const { dueAssumed: _assumed, ...rest } = current;
      const next: Task = {
        ...rest,
        status: patch.status ?? current.status,
        owner: patch.owner ?? current.owner,
        progress: patch.progress ?? current.progress,
        assignees: patch.assignees ?? current.assignees,
        due: patch.due === undefined ? current.due : patch.due,
      };
      // A due date sent in a patch is someone's decision, even the same date: it is no longer assumed.
      if (current.dueAssumed === true && patch.due === undefined) next.dueAssumed = true;
      const changed =
        next.status !== current.status ||
        next.owner !== current.owner ||
        next.progress !== current.progress ||
        next.due !== current.due ||
        next.dueAssumed !== current.dueAssumed ||
        JSON.stringify(next.assignees) !== JSON.stringify(current.assignees);
      // A patch that changes nothing keeps the version, so it cannot make other editors' copies stale.
      if (!changed) return { outcome: 'unchanged', task: current };
      const updatedAt = now.toISOString();
      const result = db
        .prepare(
          `UPDATE tasks SET status = ?, owner = ?, progress = ?, assignees = ?, due = ?, due_assumed = ?,
                            version = version + 1, updated_at = ?
           WHERE id = ? AND version = ?`,
        )
        .run(
          next.status,
          next.owner,
          next.progress,
          JSON.stringify(next.assignees),
          next.due,
          next.dueAssumed === true ? 1 : 0,
          updatedAt,
          taskId,
          expectedVersion,
        );
      if (result.changes !== 1) throw new Error(`task ${taskId} changed inside its own transaction`);
      recordChange({ planId: current.planId, entity: 'task', entityId: taskId, version: current.version + 1 });
      return { outcome: 'updated', task: { ...next, version: current.version + 1, updatedAt } };
    })
    .immediate();
}
