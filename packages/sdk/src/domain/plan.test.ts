// rollupPlan and isTaskOverdue: counts per initiative, pillar and plan; completion; overdue; bad input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Plan, Task, TaskStatus } from '../schemas/index.js';
import { isTaskOverdue, rollupPlan } from './plan.js';
import { assertValidationError } from '../test/domain-helpers.js';

const text = (zh: string, en: string) => ({ zh, en });

const plan: Plan = {
  id: 'plan-a',
  year: 2020,
  org: text('X烟草', 'X Tobacco'),
  title: text('计划', 'Plan'),
  positioning: text('定位', 'Positioning'),
  requirements: { zh: '', en: '' },
  kpiIds: [],
  pillars: [
    {
      id: 'p1',
      order: 1,
      name: text('一', 'One'),
      theme: text('主题一', 'Theme one'),
      initiatives: [
        { id: 'p1-1', pillarId: 'p1', order: 1, name: text('一一', 'One one'), summary: { zh: '', en: '' } },
        { id: 'p1-2', pillarId: 'p1', order: 2, name: text('一二', 'One two'), summary: { zh: '', en: '' } },
      ],
    },
    {
      id: 'p2',
      order: 2,
      name: text('二', 'Two'),
      theme: text('主题二', 'Theme two'),
      initiatives: [
        { id: 'p2-1', pillarId: 'p2', order: 1, name: text('二一', 'Two one'), summary: { zh: '', en: '' } },
      ],
    },
  ],
};

let nextId = 0;
function task(initiativeId: string, status: TaskStatus, progress: number, due: string | null): Task {
  nextId += 1;
  return {
    id: `t${nextId}`,
    planId: 'plan-a',
    pillarId: initiativeId.split('-')[0] ?? '',
    initiativeId,
    title: text('任务', 'Task'),
    owner: 'business',
    assignees: [],
    start: null,
    due,
    status,
    progress,
    kpiIds: [],
    version: 1,
    updatedAt: '2020-01-01T00:00:00+08:00',
  };
}

describe('isTaskOverdue', () => {
  test('due before asOf and not done is overdue', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'doing', 50, '2020-06-29'), '2020-06-30'), true));
  test('due on asOf is not overdue yet', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'doing', 50, '2020-06-30'), '2020-06-30'), false));
  test('due after asOf is not overdue', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'todo', 0, '2020-07-01'), '2020-06-30'), false));
  test('a done task is never overdue', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'done', 100, '2020-01-31'), '2020-06-30'), false));
  test('a blocked task past due is overdue', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'blocked', 10, '2020-01-31'), '2020-06-30'), true));
  test('a task without a due date is never overdue', () =>
    assert.equal(isTaskOverdue(task('p1-1', 'todo', 0, null), '2020-06-30'), false));
  test('rejects a bad asOf, naming it', () =>
    assertValidationError(() => isTaskOverdue(task('p1-1', 'todo', 0, null), '30/06/2020'), 'asOf', /isTaskOverdue/));
  test('rejects a task with an unknown status, naming task.status', () =>
    assertValidationError(
      () => isTaskOverdue({ ...task('p1-1', 'todo', 0, null), status: 'paused' } as never, '2020-06-30'),
      'task.status',
    ));
});

describe('rollupPlan', () => {
  const tasks = [
    task('p1-1', 'done', 80, '2020-03-31'), // done counts 100 whatever its progress says
    task('p1-1', 'doing', 50, '2020-05-31'), // overdue
    task('p1-1', 'todo', 0, '2020-12-31'),
    task('p2-1', 'blocked', 20, '2020-06-01'), // overdue
    task('p2-1', 'doing', 70, null),
  ];
  const rollup = rollupPlan(plan, tasks, '2020-06-30');

  test('totals count every status and the overdue tasks', () => {
    assert.deepEqual(rollup.totals, {
      total: 5,
      todo: 1,
      doing: 2,
      blocked: 1,
      done: 1,
      overdue: 2,
      completion: (100 + 50 + 0 + 20 + 70) / 5 / 100,
    });
  });
  test('pillars and initiatives follow the plan’s order and include empty ones', () => {
    assert.deepEqual(
      rollup.pillars.map((p) => [p.pillarId, p.initiatives.map((i) => i.initiativeId)]),
      [
        ['p1', ['p1-1', 'p1-2']],
        ['p2', ['p2-1']],
      ],
    );
    assert.deepEqual(rollup.pillars[0]?.initiatives[1]?.counts, {
      total: 0,
      todo: 0,
      doing: 0,
      blocked: 0,
      done: 0,
      overdue: 0,
      completion: 0,
    });
  });
  test('a pillar’s counts are its tasks’', () => {
    assert.deepEqual(rollup.pillars[1]?.counts, {
      total: 2,
      todo: 0,
      doing: 1,
      blocked: 1,
      done: 0,
      overdue: 1,
      completion: 0.45,
    });
  });
  test('echoes asOf', () => assert.equal(rollup.asOf, '2020-06-30'));
  test('no tasks: zero counts and completion 0', () =>
    assert.equal(rollupPlan(plan, [], '2020-06-30').totals.completion, 0));
  test('pillar and initiative counts add up to the totals (property)', () => {
    const taskArbitrary = fc
      .record({
        initiative: fc.constantFrom('p1-1', 'p1-2', 'p2-1'),
        status: fc.constantFrom<TaskStatus>('todo', 'doing', 'blocked', 'done'),
        progress: fc.integer({ min: 0, max: 100 }),
        due: fc.option(
          fc.integer({ min: 0, max: 365 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
        ),
      })
      .map((r) => task(r.initiative, r.status, r.progress, r.due));
    fc.assert(
      fc.property(fc.array(taskArbitrary, { maxLength: 40 }), (generated) => {
        const result = rollupPlan(plan, generated, '2020-07-01');
        const keys = ['total', 'todo', 'doing', 'blocked', 'done', 'overdue'] as const;
        for (const key of keys) {
          const pillarSum = result.pillars.reduce((sum, p) => sum + p.counts[key], 0);
          if (pillarSum !== result.totals[key]) return false;
          for (const pillar of result.pillars) {
            if (pillar.initiatives.reduce((sum, i) => sum + i.counts[key], 0) !== pillar.counts[key]) return false;
          }
        }
        return (
          result.totals.total === generated.length && result.totals.completion >= 0 && result.totals.completion <= 1
        );
      }),
      { numRuns: 200 },
    );
  });
  test('rejects a task of another plan, naming tasks.N.planId', () =>
    assertValidationError(
      () => rollupPlan(plan, [tasks[0] as Task, { ...(tasks[1] as Task), planId: 'plan-b' }], '2020-06-30'),
      'tasks.1.planId',
    ));
  test('rejects a task of an unknown initiative, naming tasks.N.initiativeId', () =>
    assertValidationError(
      () => rollupPlan(plan, [task('p3-1', 'todo', 0, null)], '2020-06-30'),
      'tasks.0.initiativeId',
      /no initiative "p3-1"/,
    ));
  test('rejects a task whose pillar is not its initiative’s, naming tasks.N.pillarId', () =>
    assertValidationError(
      () => rollupPlan(plan, [{ ...task('p1-1', 'todo', 0, null), pillarId: 'p2' }], '2020-06-30'),
      'tasks.0.pillarId',
    ));
  test('rejects a task with progress over 100, naming it', () =>
    assertValidationError(
      () => rollupPlan(plan, [task('p1-1', 'doing', 120, null)], '2020-06-30'),
      'tasks.0.progress',
      /rollupPlan/,
    ));
  test('rejects tasks that are not an array, naming tasks', () =>
    assertValidationError(() => rollupPlan(plan, {} as never, '2020-06-30'), 'tasks'));
  test('rejects a plan with a duplicate initiative id, naming it', () => {
    const broken = structuredClone(plan);
    const first = broken.pillars[1]?.initiatives[0];
    if (first) first.id = 'p1-1';
    assertValidationError(() => rollupPlan(broken, [], '2020-06-30'), 'plan.pillars.1.initiatives.0.id');
  });
  test('rejects an initiative filed under another pillar, naming it', () => {
    const broken = structuredClone(plan);
    const first = broken.pillars[0]?.initiatives[0];
    if (first) first.pillarId = 'p2';
    assertValidationError(() => rollupPlan(broken, [], '2020-06-30'), 'plan.pillars.0.initiatives.0.pillarId');
  });
  test('rejects a bad asOf, naming it', () => assertValidationError(() => rollupPlan(plan, [], '2020-6-30'), 'asOf'));
});
