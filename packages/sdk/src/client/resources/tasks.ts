// `client.tasks`: a plan's tasks, and changing one under optimistic concurrency (If-Match).
import * as contract from '../../contract/routes.js';
import type { Task, TaskPatch, TaskQuery } from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';
import { ifMatch, type VersionedWriteOptions } from './versioned-write.js';

const listTasks = route(contract.listTasks);
const patchTask = route(contract.updateTask);

export class TasksResource {
  constructor(private readonly send: Send) {}

  /** The plan's tasks, filtered by status, owner, pillar, initiative, due date or text. */
  async list(planId: string, query: TaskQuery = {}, options: RequestOptions = {}): Promise<Task[]> {
    const page = await this.send({
      route: listTasks,
      params: { planId },
      query: checkArgument(contract.listTasks.query, query, listTasks.subject, 'query'),
      signal: options.signal,
    });
    return page.items;
  }

  /**
   * Changes a task. A stale `version` raises PreconditionFailedError whose `current` is the task as it
   * is now; it is never retried, since only the caller can merge.
   */
  async update(taskId: string, patch: TaskPatch, options: VersionedWriteOptions): Promise<Task> {
    const body = checkArgument(contract.updateTask.body, patch, patchTask.subject, 'body');
    const headers = ifMatch(options, patchTask.subject);
    return this.send({ route: patchTask, params: { taskId }, body, headers, signal: options.signal });
  }
}
