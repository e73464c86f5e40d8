// GET /plans/{planId}/tasks (filters) and PATCH /tasks/{taskId} (If-Match).
import type { Hono } from 'hono';
import { Id, TaskPatch, TaskQuery } from '@plankit/sdk/schemas';
import type { AppEnv } from '../env.js';
import { requireEditor } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { etagOf, requiredVersion } from '../http/preconditions.js';
import { ProblemError, PROBLEM_TYPES, notFound } from '../http/problem.js';
import { readQuery, validate } from '../http/validation.js';
import { planExists } from '../store/plans.js';
import { listTasks, updateTask } from '../store/tasks.js';
import { API_BASE, type RouteDeps } from './deps.js';

export function registerTaskRoutes(app: Hono<AppEnv>, { db, now, recordChange, changesCommitted }: RouteDeps): void {
  app.get(`${API_BASE}/plans/:planId/tasks`, (c) => {
    const planId = validate(Id, c.req.param('planId'), 'params.planId');
    const query = validate(TaskQuery, readQuery(c.req.url, {}), 'query');
    if (!planExists(db, planId)) throw notFound(`no plan "${planId}"`);
    return jsonResponse({ items: listTasks(db, planId, query) });
  });

  app.patch(`${API_BASE}/tasks/:taskId`, requireEditor, async (c) => {
    const taskId = validate(Id, c.req.param('taskId'), 'params.taskId');
    const version = requiredVersion(c.req.header('if-match'));
    const patch = validate(TaskPatch, (await readJsonBody(c.req.raw)).value, 'body');
    const result = updateTask(db, taskId, version, patch, now(), recordChange);
    if (result.outcome === 'updated') changesCommitted();
    switch (result.outcome) {
      case 'updated':
      case 'unchanged':
        return jsonResponse(result.task, 200, { ETag: etagOf(result.task.version) });
      case 'not-found':
        throw notFound(`no task "${taskId}"`);
      case 'stale':
        throw new ProblemError({
          status: 412,
          type: PROBLEM_TYPES.preconditionFailed,
          detail: `task "${taskId}" is at version ${result.current.version}, not ${version}: merge with "current" and retry`,
          current: result.current,
          headers: { ETag: etagOf(result.current.version) },
        });
    }
  });
}
