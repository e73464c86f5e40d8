// GET /plans/{planId}/tasks (filters) and PATCH /tasks/{taskId} (If-Match).
import { jsonResponse } from '../http/json.js';
import { etagOf } from '../http/preconditions.js';
import { ProblemError, PROBLEM_TYPES, notFound } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import { planExists } from '../store/plans.js';
import { listTasks, updateTask } from '../store/tasks.js';
import type { RouteDeps } from './deps.js';

export const taskHandlers = ({
  db,
  now,
  recordChange,
  changesCommitted,
}: RouteDeps): Pick<Handlers, 'listTasks' | 'updateTask'> => ({
  listTasks: (_c, { params: { planId }, query }) => {
    if (!planExists(db, planId)) throw notFound(`no plan "${planId}"`);
    return jsonResponse({ items: listTasks(db, planId, query) });
  },

  updateTask: (_c, { params: { taskId }, version, body: patch }) => {
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
  },
});
