// The 1,000 tasks every board variant shows: the 2020 plan's tasks repeated with fresh ids, spread over the statuses.
import { plan2020 } from '@plankit/sdk/fixtures';
import type { Task, TaskStatus } from '@plankit/sdk';
import { check } from '../../lib/page-harness.js';

export const asOf = plan2020.asOf;
export const statuses: readonly TaskStatus[] = ['todo', 'doing', 'blocked', 'done'];

export function boardTasks(params: URLSearchParams): Task[] {
  const count = Number(params.get('cards'));
  check(Number.isInteger(count) && count > 0, `cards=${String(params.get('cards'))} is a positive whole number`);
  const base = plan2020.tasks;
  check(base.length > 0, 'plan2020 has tasks');
  return Array.from({ length: count }, (_, index): Task => {
    const task = base[index % base.length] as Task;
    const copy = Math.floor(index / base.length) + 1;
    return {
      ...task,
      id: `${task.id}-${copy}`.slice(0, 64),
      title: { zh: `${task.title.zh}（${copy}）`, en: `${task.title.en} (${copy})` },
      status: statuses[index % statuses.length] as TaskStatus,
    };
  });
}

export function boardMode(params: URLSearchParams): 'render' | 'move' | 'scroll' {
  const mode = params.get('mode');
  check(mode === 'render' || mode === 'move' || mode === 'scroll', `mode=${String(mode)} is render, move or scroll`);
  return mode;
}
