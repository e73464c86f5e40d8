// Task roll-ups: counts and completion per initiative, pillar and plan, and when a task is overdue.
import * as z from 'zod/mini';
import { IsoDate, Plan, Task } from '../schemas/index.js';
import { invalidArgument, validateArgument } from './validate.js';

export interface RollupCounts {
  total: number;
  todo: number;
  doing: number;
  blocked: number;
  done: number;
  /** Due before asOf and not done. */
  overdue: number;
  /** Mean progress of the tasks as a fraction, a done task counting 100 %; 0 without tasks. */
  completion: number;
}

export interface PlanRollup {
  asOf: string;
  totals: RollupCounts;
  pillars: Array<{
    pillarId: string;
    counts: RollupCounts;
    initiatives: Array<{ initiativeId: string; counts: RollupCounts }>;
  }>;
}

/** isTaskOverdue without the argument checks. */
export function isCheckedTaskOverdue(task: Pick<Task, 'due' | 'status'>, asOf: string): boolean {
  // ISO dates compare correctly as strings.
  return task.due !== null && task.due < asOf && task.status !== 'done';
}

/** A task is overdue when its due date is before asOf (`YYYY-MM-DD`) and it is not done; due on asOf is not overdue yet. */
export function isTaskOverdue(task: Task, asOf: string): boolean {
  const checked = validateArgument(Task, task, 'isTaskOverdue', 'task');
  const date = validateArgument(IsoDate, asOf, 'isTaskOverdue', 'asOf');
  return isCheckedTaskOverdue(checked, date);
}

/** Running sums behind one RollupCounts. */
class Tally {
  total = 0;
  todo = 0;
  doing = 0;
  blocked = 0;
  done = 0;
  overdue = 0;
  progressSum = 0;

  add(task: Task, overdue: boolean): void {
    this.total += 1;
    this[task.status] += 1;
    if (overdue) this.overdue += 1;
    this.progressSum += task.status === 'done' ? 100 : task.progress;
  }

  counts(): RollupCounts {
    const { total, todo, doing, blocked, done, overdue } = this;
    return { total, todo, doing, blocked, done, overdue, completion: total === 0 ? 0 : this.progressSum / total / 100 };
  }
}

/**
 * Count tasks by status per initiative, per pillar and for the plan, in the
 * plan's order (initiatives without tasks included, with zero counts). Every
 * task must belong to the plan and name one of its initiatives under the right pillar.
 */
export function rollupPlan(plan: Plan, tasks: Task[], asOf: string): PlanRollup {
  const checkedPlan = validateArgument(Plan, plan, 'rollupPlan', 'plan');
  const checkedTasks = validateArgument(z.array(Task), tasks, 'rollupPlan', 'tasks');
  const date = validateArgument(IsoDate, asOf, 'rollupPlan', 'asOf');

  const totals = new Tally();
  const pillarTallies = new Map<string, Tally>();
  const initiativeTallies = new Map<string, { pillarId: string; tally: Tally }>();
  checkedPlan.pillars.forEach((pillar, pillarIndex) => {
    if (pillarTallies.has(pillar.id))
      invalidArgument('rollupPlan', `plan.pillars.${pillarIndex}.id`, `duplicate pillar id "${pillar.id}"`);
    pillarTallies.set(pillar.id, new Tally());
    pillar.initiatives.forEach((initiative, initiativeIndex) => {
      const path = `plan.pillars.${pillarIndex}.initiatives.${initiativeIndex}`;
      if (initiativeTallies.has(initiative.id))
        invalidArgument('rollupPlan', `${path}.id`, `duplicate initiative id "${initiative.id}"`);
      if (initiative.pillarId !== pillar.id) {
        invalidArgument(
          'rollupPlan',
          `${path}.pillarId`,
          `expected the enclosing pillar's id "${pillar.id}", received "${initiative.pillarId}"`,
        );
      }
      initiativeTallies.set(initiative.id, { pillarId: pillar.id, tally: new Tally() });
    });
  });

  checkedTasks.forEach((task, index) => {
    if (task.planId !== checkedPlan.id) {
      invalidArgument(
        'rollupPlan',
        `tasks.${index}.planId`,
        `expected the plan's id "${checkedPlan.id}", received "${task.planId}"`,
      );
    }
    const initiative = initiativeTallies.get(task.initiativeId);
    if (!initiative)
      invalidArgument(
        'rollupPlan',
        `tasks.${index}.initiativeId`,
        `no initiative "${task.initiativeId}" in plan "${checkedPlan.id}"`,
      );
    if (initiative.pillarId !== task.pillarId) {
      invalidArgument(
        'rollupPlan',
        `tasks.${index}.pillarId`,
        `initiative "${task.initiativeId}" belongs to pillar "${initiative.pillarId}", not "${task.pillarId}"`,
      );
    }
    const overdue = isCheckedTaskOverdue(task, date);
    totals.add(task, overdue);
    pillarTallies.get(task.pillarId)?.add(task, overdue);
    initiative.tally.add(task, overdue);
  });

  return {
    asOf: date,
    totals: totals.counts(),
    pillars: checkedPlan.pillars.map((pillar) => ({
      pillarId: pillar.id,
      counts: (pillarTallies.get(pillar.id) ?? new Tally()).counts(),
      initiatives: pillar.initiatives.map((initiative) => ({
        initiativeId: initiative.id,
        counts: (initiativeTallies.get(initiative.id)?.tally ?? new Tally()).counts(),
      })),
    })),
  };
}
