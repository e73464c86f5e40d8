// The board's rules: columns and lanes, filters, WIP, due marks, move checks, order, the optimistic-move ledger and saved views.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Task, TaskStatus } from '../schemas/index.js';
import type { BoardPlace, BoardSpot, MoveRefusal, MoveRules } from './board.js';
import {
  applyMoveLocally,
  applyPatch,
  beginMove,
  boardFilterChoices,
  cellIds,
  cellWithCarried,
  checkMove,
  createLedger,
  dueInMonth,
  dueMark,
  dropIndexAt,
  dropSlot,
  layoutBoard,
  layoutTasks,
  ledgerTasks,
  ledgerWithTasks,
  matchesFilter,
  moveTargets,
  parseBoardView,
  placeInLayout,
  planMove,
  neighbourCard,
  readBoardView,
  refreshLedger,
  reorder,
  settleFailedMove,
  settleMove,
  spotOf,
  stepSpot,
  takeSendable,
  validateBoardTasks,
  wipState,
} from './board.js';
import { assertValidationError } from '../test/domain-helpers.js';
import { plan2020 } from '../fixtures/index.js';

function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    planId: 'p',
    pillarId: 'p1',
    initiativeId: 'p1-1',
    title: { zh: `任务${id}`, en: `Task ${id}` },
    owner: 'business',
    assignees: [],
    start: null,
    due: null,
    status: 'todo',
    progress: 0,
    kpiIds: [],
    version: 1,
    updatedAt: '2020-01-01T00:00:00Z',
    ...fields,
  };
}

const ids = (tasks: readonly Task[]): string[] => tasks.map((t) => t.id);

describe('dueMark', () => {
  test('a task due before as-of and not done is overdue; due on as-of is due soon', () => {
    assert.equal(dueMark(task('a', { due: '2020-09-29' }), '2020-09-30'), 'overdue');
    assert.equal(dueMark(task('a', { due: '2020-09-30' }), '2020-09-30'), 'due-soon');
    assert.equal(dueMark(task('a', { due: '2020-10-07' }), '2020-09-30'), 'due-soon');
    assert.equal(dueMark(task('a', { due: '2020-10-08' }), '2020-09-30'), null);
    assert.equal(dueMark(task('a', { due: '2020-10-08' }), '2020-09-30', 8), 'due-soon');
  });
  test('done and undated tasks carry no mark', () => {
    assert.equal(dueMark(task('a', { due: '2020-01-01', status: 'done' }), '2020-09-30'), null);
    assert.equal(dueMark(task('a'), '2020-09-30'), null);
  });
  test('bad arguments are ValidationErrors naming them', () => {
    assertValidationError(() => dueMark(task('a'), '2020-13-01'), 'asOf');
    assertValidationError(() => dueMark(task('a'), '2020-01-01', -1), 'soonDays');
  });
});

describe('layoutBoard', () => {
  const tasks = [
    task('a', { status: 'doing', owner: 'logistics', pillarId: 'p2', due: '2020-03-31' }),
    task('b', { status: 'todo', owner: 'business', due: '2020-06-30' }),
    task('c', { status: 'doing', owner: 'business', pillarId: 'p2', due: null }),
    task('d', { status: 'done', owner: 'marketing', due: '2020-03-01' }),
  ];
  test('status columns are always all four, in order, with counts', () => {
    const layout = layoutBoard(tasks, { groupBy: 'status', asOf: '2020-09-30' });
    assert.deepEqual(
      layout.columns.map((c) => [c.key, c.count]),
      [
        ['todo', 1],
        ['doing', 2],
        ['blocked', 0],
        ['done', 1],
      ],
    );
    assert.deepEqual(ids(layout.lanes[0]?.cells[1] ?? []), ['a', 'c']);
    assert.equal(layout.shown, 4);
  });
  test('owner columns follow the schema order; due months ascend with undated last; pillars follow the plan', () => {
    assert.deepEqual(
      layoutBoard(tasks, { groupBy: 'owner', asOf: '2020-09-30' }).columns.map((c) => c.key),
      ['business', 'logistics', 'marketing'],
    );
    assert.deepEqual(
      layoutBoard(tasks, { groupBy: 'due', asOf: '2020-09-30' }).columns.map((c) => c.key),
      ['2020-03', '2020-06', 'none'],
    );
    assert.deepEqual(
      layoutBoard(tasks, { groupBy: 'pillar', asOf: '2020-09-30', pillarOrder: ['p2', 'p1'] }).columns.map(
        (c) => c.key,
      ),
      ['p2', 'p1'],
    );
  });
  test('swimlanes split the cells and count their cards', () => {
    const layout = layoutBoard(tasks, {
      groupBy: 'status',
      laneBy: 'pillar',
      asOf: '2020-09-30',
      pillarOrder: ['p1', 'p2'],
    });
    assert.deepEqual(
      layout.lanes.map((lane) => [lane.key, lane.count]),
      [
        ['p1', 2],
        ['p2', 2],
      ],
    );
    assert.deepEqual(ids(layout.lanes[1]?.cells[1] ?? []), ['a', 'c']);
  });
  test('filters hide cards but WIP counts the whole column', () => {
    const layout = layoutBoard(tasks, {
      groupBy: 'status',
      asOf: '2020-09-30',
      filter: { owner: 'business' },
      wipLimits: { doing: 1 },
    });
    const doing = layout.columns[1];
    assert.equal(doing?.count, 1);
    assert.equal(doing?.total, 2);
    assert.equal(doing?.wip, 'over');
  });
  test('a task id twice is refused', () => {
    assertValidationError(
      () => layoutBoard([task('a'), task('a')], { groupBy: 'status', asOf: '2020-09-30' }),
      'tasks',
    );
  });
  test('lays out the 2020 plan without losing a task', () => {
    const layout = layoutBoard(plan2020.tasks, { groupBy: 'due', laneBy: 'owner', asOf: plan2020.asOf });
    assert.equal(layout.shown, plan2020.tasks.length);
  });
});

describe('matchesFilter', () => {
  const t = task('a', {
    owner: 'logistics',
    assignees: ['王芳'],
    title: { zh: '外包方案', en: 'Outsourcing plan' },
    kpiIds: ['k1'],
    due: '2020-01-01',
  });
  test('text matches either language and assignees, case-insensitively', () => {
    assert.ok(matchesFilter(t, { text: '外包' }, '2020-09-30'));
    assert.ok(matchesFilter(t, { text: 'OUTSOURCING' }, '2020-09-30'));
    assert.ok(matchesFilter(t, { text: '王芳' }, '2020-09-30'));
    assert.ok(!matchesFilter(t, { text: 'safety' }, '2020-09-30'));
  });
  test('owner, pillar, KPI and overdue-only filter; empty values do not', () => {
    assert.ok(matchesFilter(t, { owner: '', pillar: null }, '2020-09-30'));
    assert.ok(!matchesFilter(t, { owner: 'business' }, '2020-09-30'));
    assert.ok(!matchesFilter(t, { pillar: 'p9' }, '2020-09-30'));
    assert.ok(matchesFilter(t, { kpiId: 'k1' }, '2020-09-30'));
    assert.ok(!matchesFilter(t, { kpiId: 'k2' }, '2020-09-30'));
    assert.ok(matchesFilter(t, { overdueOnly: true }, '2020-09-30'));
    assert.ok(!matchesFilter(t, { overdueOnly: true }, '2019-12-31'));
  });
});

test('wipState: under, at and over the limit; no limit is never over', () => {
  assert.equal(wipState(2, 3), 'under');
  assert.equal(wipState(3, 3), 'at');
  assert.equal(wipState(4, 3), 'over');
  assert.equal(wipState(400, undefined), 'under');
});

describe('checkMove', () => {
  const t = task('a', { status: 'todo', due: '2020-01-31' });
  test('a status move patches the status', () => {
    assert.deepEqual(checkMove(t, { column: 'doing', lane: 'all' }, 0, { groupBy: 'status' }), {
      ok: true,
      patch: { status: 'doing' },
      previous: { status: 'todo' },
      overLimit: false,
    });
  });
  test('a due-month move keeps the day, clamped to the month', () => {
    const check = checkMove(t, { column: '2020-02', lane: 'all' }, 0, { groupBy: 'due' });
    assert.ok(check.ok);
    assert.deepEqual(check.patch, { due: '2020-02-29' });
    assert.equal(dueInMonth(null, '2021-04'), '2021-04-01');
    const undated = checkMove(t, { column: 'none', lane: 'all' }, 0, { groupBy: 'due' });
    assert.ok(undated.ok && undated.patch.due === null);
  });
  test('an owner move patches the owner, to a known department or a plan’s own code', () => {
    assert.deepEqual(checkMove(t, { column: 'logistics', lane: 'all' }, 0, { groupBy: 'owner' }), {
      ok: true,
      patch: { owner: 'logistics' },
      previous: { owner: 'business' },
      overLimit: false,
    });
    const own = checkMove(t, { column: 'county-bureau', lane: 'all' }, 0, { groupBy: 'owner' });
    assert.ok(own.ok && own.patch.owner === 'county-bureau');
  });
  test('a move to another owner lane patches the owner, with the column’s change if any', () => {
    const rules = { groupBy: 'status', laneBy: 'owner' } as const;
    assert.deepEqual(checkMove(t, { column: 'doing', lane: 'internal' }, 0, rules), {
      ok: true,
      patch: { status: 'doing', owner: 'internal' },
      previous: { status: 'todo', owner: 'business' },
      overLimit: false,
    });
    const sameColumn = checkMove(t, { column: 'todo', lane: 'internal' }, 9, { ...rules, wipLimits: { todo: 1 } });
    assert.deepEqual(sameColumn, {
      ok: true,
      patch: { owner: 'internal' },
      previous: { owner: 'business' },
      overLimit: false,
    });
  });
  test('read-only boards, pillar columns and lanes, and unknown columns refuse', () => {
    const refusals: Array<[BoardPlace, MoveRules, MoveRefusal]> = [
      [{ column: 'doing', lane: 'all' }, { groupBy: 'status', readonly: true }, 'readonly'],
      [{ column: 'p2', lane: 'all' }, { groupBy: 'pillar' }, 'column-locked'],
      [{ column: 'doing', lane: 'p2' }, { groupBy: 'status', laneBy: 'pillar' }, 'lane-locked'],
      [{ column: 'logistics', lane: 'internal' }, { groupBy: 'owner', laneBy: 'owner' }, 'lane-locked'],
      [{ column: 'later', lane: 'all' }, { groupBy: 'status' }, 'unknown-column'],
      [{ column: 'Not a code', lane: 'all' }, { groupBy: 'owner' }, 'unknown-column'],
      [{ column: '2020-13', lane: 'all' }, { groupBy: 'due' }, 'unknown-column'],
      [{ column: 'todo', lane: 'Not a code' }, { groupBy: 'status', laneBy: 'owner' }, 'lane-locked'],
    ];
    for (const [to, rules, reason] of refusals) assert.deepEqual(checkMove(t, to, 0, rules), { ok: false, reason });
  });
  test('a reorder inside its column is allowed with an empty patch, even in locked groupings', () => {
    const check = checkMove(t, { column: 'p1', lane: 'all' }, 5, {
      groupBy: 'pillar',
      wipLimits: { p1: 1 },
      wipStrict: true,
    });
    assert.deepEqual(check, { ok: true, patch: {}, previous: {}, overLimit: false });
  });
  test('over a WIP limit warns, and refuses when strict', () => {
    const rules = { groupBy: 'status' as const, wipLimits: { doing: 2 } };
    const loose = checkMove(t, { column: 'doing', lane: 'all' }, 2, rules);
    assert.ok(loose.ok && loose.overLimit);
    const fits = checkMove(t, { column: 'doing', lane: 'all' }, 1, rules);
    assert.ok(fits.ok && !fits.overLimit);
    assert.deepEqual(checkMove(t, { column: 'doing', lane: 'all' }, 2, { ...rules, wipStrict: true }), {
      ok: false,
      reason: 'wip-strict',
    });
  });
});

describe('reorder', () => {
  test('places the card at the index among its new cell, keeping the rest of the order', () => {
    assert.deepEqual(reorder(['a', 'b', 'c', 'd'], 'a', ['c', 'd'], 1), ['b', 'c', 'a', 'd']);
    assert.deepEqual(reorder(['a', 'b', 'c', 'd'], 'a', ['c', 'd'], 2), ['b', 'c', 'd', 'a']);
    assert.deepEqual(reorder(['a', 'b', 'c', 'd'], 'd', ['a', 'b', 'c', 'd'], 0), ['d', 'a', 'b', 'c']);
    assert.deepEqual(reorder(['a', 'b'], 'b', [], 0), ['a', 'b']);
    assert.deepEqual(reorder(['a', 'b', 'c'], 'c', ['a', 'b'], 99), ['a', 'b', 'c']);
  });
  test('keeps every id exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -3, max: 20 }),
        (order, pick, cut, index) => {
          const taskId = order[pick % order.length] as string;
          const cell = order.slice(cut % order.length);
          const next = reorder(order, taskId, cell, index);
          assert.deepEqual([...next].sort(), [...order].sort());
        },
      ),
    );
  });
});

describe('the move ledger', () => {
  const server = [task('a'), task('b'), task('c')];
  test('a move shows at once, sends with the confirmed version, and settles to the server task', () => {
    let ledger = createLedger(server);
    const begun = beginMove(ledger, 'a', { status: 'doing' }, ['b', 'a', 'c']);
    ledger = begun.ledger;
    assert.deepEqual(ids(ledgerTasks(ledger)), ['b', 'a', 'c']);
    assert.equal(ledgerTasks(ledger)[1]?.status, 'doing');
    const taken = takeSendable(ledger);
    assert.equal(taken.send.length, 1);
    assert.equal(taken.send[0]?.sentVersion, 1);
    assert.equal(takeSendable(taken.ledger).send.length, 0, 'nothing sent twice');
    ledger = settleMove(taken.ledger, begun.moveId, { ok: true, task: task('a', { status: 'doing', version: 2 }) });
    assert.equal(ledger.moves.length, 0);
    assert.equal(ledgerTasks(ledger)[1]?.version, 2);
  });
  test('a failed move puts the card back where it was, with its old status', () => {
    const begun = beginMove(createLedger(server), 'a', { status: 'done' }, ['b', 'c', 'a']);
    const ledger = settleMove(takeSendable(begun.ledger).ledger, begun.moveId, { ok: false });
    assert.deepEqual(ids(ledgerTasks(ledger)), ['a', 'b', 'c']);
    assert.equal(ledgerTasks(ledger)[0]?.status, 'todo');
  });
  test('settleFailedMove reads a 412 by name and shows its newer task; other failures are not stale', () => {
    const begun = beginMove(createLedger(server), 'a', { owner: 'internal' }, ['a', 'b', 'c']);
    const newer = task('a', { progress: 30, version: 2 });
    const stale = settleFailedMove(begun.ledger, begun.moveId, { name: 'PreconditionFailedError', current: newer });
    assert.equal(stale.stale, true);
    assert.deepEqual(ledgerTasks(stale.ledger)[0], newer);
    const failed = settleFailedMove(begun.ledger, begun.moveId, new Error('offline'));
    assert.equal(failed.stale, false);
    assert.equal(ledgerTasks(failed.ledger)[0]?.owner, 'business');
  });
  test('refreshLedger merges under pending moves and ends a carry whose card changed or went', () => {
    const begun = beginMove(createLedger(server), 'b', { status: 'blocked' }, ['a', 'b', 'c']).ledger;
    const touched = [task('a', { version: 2 }), task('b'), task('c')];
    const merged = refreshLedger(begun, touched, true, 'b');
    assert.equal(merged.ended, undefined, 'another card changed: the carry goes on');
    assert.equal(ledgerTasks(merged.ledger)[1]?.status, 'blocked');
    assert.deepEqual(refreshLedger(begun, touched, true, 'a').ended, { task: touched[0] });
    assert.deepEqual(refreshLedger(begun, [task('b')], false, 'c').ended, { task: undefined });
    assert.equal(refreshLedger(begun, touched, false).ledger.moves.length, 0, 'a fresh ledger has no moves');
  });
  test('a 412 shows the newer task the server sent', () => {
    const begun = beginMove(createLedger(server), 'a', { status: 'done' }, ['a', 'b', 'c']);
    const newer = task('a', { status: 'blocked', version: 5, title: { zh: '新', en: 'New' } });
    const ledger = settleMove(begun.ledger, begun.moveId, { ok: false, current: newer });
    assert.equal(ledgerTasks(ledger)[0]?.status, 'blocked');
    assert.equal(ledgerTasks(ledger)[0]?.version, 5);
  });
  test('a second move of the same task waits for the first and carries its version', () => {
    let ledger = createLedger(server);
    const first = beginMove(ledger, 'a', { status: 'doing' }, ledger.order);
    const second = beginMove(first.ledger, 'a', { status: 'done' }, first.ledger.order);
    let taken = takeSendable(second.ledger);
    assert.deepEqual(
      taken.send.map((m) => m.id),
      [first.moveId],
    );
    ledger = settleMove(taken.ledger, first.moveId, { ok: true, task: task('a', { status: 'doing', version: 2 }) });
    taken = takeSendable(ledger);
    assert.deepEqual(
      taken.send.map((m) => [m.id, m.sentVersion]),
      [[second.moveId, 2]],
    );
    assert.equal(ledgerTasks(taken.ledger)[0]?.status, 'done');
  });
  test('a reload keeps pending moves on top and the newer version of each task', () => {
    const begun = beginMove(createLedger(server), 'b', { status: 'blocked' }, ['a', 'b', 'c']);
    const ledger = ledgerWithTasks(begun.ledger, [
      task('d'),
      task('b', { title: { zh: '改', en: 'Changed' }, version: 3 }),
      task('a'),
    ]);
    assert.deepEqual(ids(ledgerTasks(ledger)), ['a', 'b', 'd']);
    assert.equal(ledgerTasks(ledger)[1]?.status, 'blocked');
    assert.equal(ledgerTasks(ledger)[1]?.title.en, 'Changed');
  });
  test('a standalone move changes the task itself', () => {
    const ledger = applyMoveLocally(createLedger(server), 'c', { status: 'done' }, ['c', 'a', 'b']);
    assert.deepEqual(ids(ledgerTasks(ledger)), ['c', 'a', 'b']);
    assert.equal(ledgerTasks(ledger)[0]?.status, 'done');
  });
  test('whatever the order of moves and responses, every card is shown exactly once', () => {
    const statuses: TaskStatus[] = ['todo', 'doing', 'blocked', 'done'];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), task: fc.nat(4), status: fc.nat(3), at: fc.nat(5) }),
      fc.record({ kind: fc.constant('settle' as const), pick: fc.nat(20), ok: fc.boolean() }),
      fc.record({ kind: fc.constant('send' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const initial = ['a', 'b', 'c', 'd', 'e'].map((id) => task(id));
        let ledger = createLedger(initial);
        const inFlight: { id: number; taskId: string; version: number }[] = [];
        for (const s of steps) {
          if (s.kind === 'move') {
            const id = initial[s.task]?.id as string;
            const order = reorder(ledger.order, id, ledger.order, s.at);
            ledger = beginMove(ledger, id, { status: statuses[s.status] as TaskStatus }, order).ledger;
          } else if (s.kind === 'send') {
            const taken = takeSendable(ledger);
            ledger = taken.ledger;
            for (const m of taken.send) inFlight.push({ id: m.id, taskId: m.taskId, version: m.sentVersion ?? 1 });
          } else if (inFlight.length > 0) {
            const [m] = inFlight.splice(s.pick % inFlight.length, 1);
            if (m === undefined) continue;
            ledger = settleMove(
              ledger,
              m.id,
              s.ok ? { ok: true, task: task(m.taskId, { version: m.version + 1 }) } : { ok: false },
            );
          }
          const shown = ids(ledgerTasks(ledger));
          assert.deepEqual([...shown].sort(), ['a', 'b', 'c', 'd', 'e']);
        }
      }),
    );
  });
});

describe('validateBoardTasks', () => {
  test('accepts the 2020 plan and names the path of a bad task or a duplicate id', () => {
    assert.equal(validateBoardTasks(plan2020.tasks).length, plan2020.tasks.length);
    assertValidationError(() => validateBoardTasks([task('a'), { ...task('b'), status: 'later' }]), 'tasks.1.status');
    assertValidationError(() => validateBoardTasks([task('a'), task('a')]), 'tasks.1.id', /duplicate/);
    assertValidationError(() => validateBoardTasks('nope'), 'tasks');
  });
});

describe('parseBoardView', () => {
  test('reads a saved view and ignores corrupt or foreign values', () => {
    assert.deepEqual(parseBoardView('{"groupBy":"owner","collapsed":["p1"]}'), { groupBy: 'owner', collapsed: ['p1'] });
    assert.deepEqual(parseBoardView('{"groupBy":"colour"}'), {});
    assert.deepEqual(parseBoardView('not json'), {});
    assert.deepEqual(parseBoardView(null), {});
  });
});

describe('readBoardView', () => {
  test('takes a parsed view of the right shape and refuses anything else', () => {
    assert.deepEqual(readBoardView({ laneBy: 'pillar', filter: { text: '物流' } }), {
      laneBy: 'pillar',
      filter: { text: '物流' },
    });
    assert.equal(readBoardView({ groupBy: 'colour' }), undefined);
    assert.equal(readBoardView('owner'), undefined);
    assert.equal(readBoardView(null), undefined);
  });
});

describe('placeInLayout and neighbourCard', () => {
  // Status columns, pillar lanes: lane p1 holds a, b (todo) and d (done); lane p2 holds c (todo) and e (doing).
  const tasks = [
    task('a', { status: 'todo', pillarId: 'p1' }),
    task('b', { status: 'todo', pillarId: 'p1' }),
    task('c', { status: 'todo', pillarId: 'p2' }),
    task('d', { status: 'done', pillarId: 'p1' }),
    task('e', { status: 'doing', pillarId: 'p2' }),
  ];
  const layout = layoutBoard(tasks, {
    groupBy: 'status',
    laneBy: 'pillar',
    asOf: '2020-09-30',
    pillarOrder: ['p1', 'p2'],
  });

  test('finds a card by lane, column and position, and nothing for a card the layout does not show', () => {
    assert.deepEqual(placeInLayout(layout, 'b'), { lane: 0, column: 0, index: 1 });
    assert.deepEqual(placeInLayout(layout, 'e'), { lane: 1, column: 1, index: 0 });
    assert.equal(placeInLayout(layout, 'zz'), undefined);
  });
  test('Up and Down walk a column across lanes; Home and End go to the ends of the cell', () => {
    assert.equal(neighbourCard(layout, 'a', 'ArrowDown'), 'b');
    assert.equal(neighbourCard(layout, 'b', 'ArrowDown'), 'c');
    assert.equal(neighbourCard(layout, 'c', 'ArrowUp'), 'b');
    assert.equal(neighbourCard(layout, 'a', 'ArrowUp'), undefined);
    assert.equal(neighbourCard(layout, 'a', 'End'), 'b');
    assert.equal(neighbourCard(layout, 'b', 'Home'), 'a');
  });
  test('Left and Right skip empty columns and keep the position where the next cell is long enough', () => {
    assert.equal(neighbourCard(layout, 'b', 'ArrowRight'), 'd');
    assert.equal(neighbourCard(layout, 'd', 'ArrowLeft'), 'a');
    assert.equal(neighbourCard(layout, 'c', 'ArrowRight'), 'e');
    assert.equal(neighbourCard(layout, 'e', 'ArrowRight'), undefined);
  });
  test('spotOf and cellIds name places by keys', () => {
    assert.deepEqual(spotOf(layout, 'e'), { lane: 'p2', column: 'doing', index: 0 });
    assert.equal(spotOf(layout, 'zz'), undefined);
    assert.deepEqual(cellIds(layout, { lane: 'p1', column: 'todo' }), ['a', 'b']);
    assert.deepEqual(cellIds(layout, { lane: 'p9', column: 'todo' }), []);
    assert.deepEqual(
      layoutTasks(layout).map((task) => task.id),
      ['a', 'b', 'd', 'c', 'e'],
    );
  });
  test('stepSpot moves a carried card between columns and within its cell, across lanes only when asked', () => {
    const a = { lane: 'p1', column: 'todo', index: 0 };
    assert.deepEqual(stepSpot(layout, 'a', a, 'ArrowDown'), { ...a, index: 1 });
    assert.deepEqual(stepSpot(layout, 'a', { ...a, index: 1 }, 'ArrowDown'), { ...a, index: 1 });
    assert.deepEqual(stepSpot(layout, 'a', { ...a, index: 1 }, 'ArrowDown', { crossLanes: true }), {
      lane: 'p2',
      column: 'todo',
      index: 0,
    });
    assert.deepEqual(
      stepSpot(layout, 'e', { lane: 'p2', column: 'doing', index: 0 }, 'ArrowUp', { crossLanes: true }),
      {
        lane: 'p1',
        column: 'doing',
        index: 0,
      },
    );
    assert.deepEqual(stepSpot(layout, 'c', { lane: 'p2', column: 'todo', index: 0 }, 'ArrowUp', { crossLanes: true }), {
      lane: 'p1',
      column: 'todo',
      index: 2,
    });
    const collapsed = { crossLanes: true, collapsed: new Set(['p1']) };
    const c = { lane: 'p2', column: 'todo', index: 0 };
    assert.deepEqual(stepSpot(layout, 'c', c, 'ArrowUp', collapsed), c);
    assert.deepEqual(stepSpot(layout, 'b', { ...a, index: 1 }, 'ArrowRight'), {
      lane: 'p1',
      column: 'doing',
      index: 0,
    });
    assert.equal(stepSpot(layout, 'a', a, 'ArrowLeft'), undefined);
    assert.equal(stepSpot(layout, 'a', a, 'Enter'), undefined);
  });
  test('planMove checks, clamps the index to the cell and reorders the board', () => {
    const moveA = (to: BoardSpot) =>
      planMove(layout, ids(tasks), tasks[0] as Task, to, { groupBy: 'status', laneBy: 'pillar' });
    const moved = moveA({ lane: 'p1', column: 'done', index: 9 });
    assert.ok(moved.ok);
    assert.deepEqual(moved.patch, { status: 'done' });
    assert.deepEqual([moved.from, moved.to, moved.lane, moved.taskId, moved.version], ['todo', 'done', 'p1', 'a', 1]);
    assert.equal(moved.index, 1);
    assert.deepEqual(moved.order, ['b', 'c', 'd', 'a', 'e']);
    assert.deepEqual(moveA({ lane: 'p2', column: 'todo', index: 0 }), { ok: false, reason: 'lane-locked' });
  });
  test('skips the cards of a collapsed lane, and answers nothing for another key', () => {
    assert.equal(neighbourCard(layout, 'c', 'ArrowUp', new Set(['p1'])), undefined);
    assert.equal(neighbourCard(layout, 'b', 'ArrowDown', new Set(['p2'])), undefined);
    assert.equal(neighbourCard(layout, 'a', 'Tab'), undefined);
  });
});

describe('carrying and dropping', () => {
  const [a, b, c] = [task('a'), task('b'), task('c')];
  test('cellWithCarried shows a carried card only where it would land', () => {
    assert.deepEqual(ids(cellWithCarried([a, b, c], a, true, 2)), ['b', 'c', 'a']);
    assert.deepEqual(ids(cellWithCarried([b, c], a, true, 0)), ['a', 'b', 'c']);
    assert.deepEqual(ids(cellWithCarried([a, b, c], a, false, 0)), ['b', 'c']);
  });
  test('dropIndexAt drops before the first card whose middle is below the pointer, else after the last drawn', () => {
    const drawn = [
      { id: 'b', middle: 10 },
      { id: 'c', middle: 30 },
    ];
    assert.equal(dropIndexAt(['b', 'c'], drawn, 5), 0);
    assert.equal(dropIndexAt(['b', 'c'], drawn, 20), 1);
    assert.equal(dropIndexAt(['b', 'c'], drawn, 40), 2);
    assert.equal(dropIndexAt(['x', 'b', 'c', 'y'], drawn, 40), 3);
    assert.equal(dropIndexAt([], [], 40), 0);
  });
  test('moveTargets offers the other columns, and the other lanes only where lanes are owners', () => {
    const layout = layoutBoard([a, task('d', { owner: 'internal', status: 'done' })], {
      groupBy: 'status',
      laneBy: 'owner',
      asOf: '2020-09-30',
    });
    assert.deepEqual(moveTargets(layout, a, 'status', 'owner'), [
      { column: 'doing', lane: 'business', toLane: false },
      { column: 'blocked', lane: 'business', toLane: false },
      { column: 'done', lane: 'business', toLane: false },
      { column: 'todo', lane: 'internal', toLane: true },
    ]);
    assert.equal(moveTargets(layout, a, 'status', 'pillar').filter((target) => target.toLane).length, 0);
  });
  test('dropSlot puts the indicator past the dragged card when the drop is below it', () => {
    // Dragging a below b's middle: index 1 among [b, c] is drawn before c, the third card of [a, b, c].
    assert.equal(dropSlot(['a', 'b', 'c'], 'a', 1), 2);
    assert.equal(dropSlot(['a', 'b', 'c'], 'c', 0), 0);
    assert.equal(dropSlot(['a', 'b', 'c'], 'a', 2), 3);
    assert.equal(dropSlot(['b', 'c'], 'a', 1), 1);
  });
  test('boardFilterChoices lists each owner and pillar once, and applyPatch applies an owner', () => {
    const tasks = [task('a', { owner: 'internal' }), task('b', { pillarId: 'p2' }), task('c', { owner: 'internal' })];
    assert.deepEqual(boardFilterChoices(tasks), { owners: ['internal', 'business'], pillars: ['p1', 'p2'] });
    assert.equal(applyPatch(a, { owner: 'logistics' }).owner, 'logistics');
  });
});
