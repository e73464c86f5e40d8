// The task board's rules: which column and lane a task sits in, filters, WIP limits, due-soon and overdue
// marks against an as-of date, which moves are allowed and what they change, the order cards end up in, and
// the bookkeeping of optimistic moves (a ledger) that never shows a card twice or loses one.
import * as z from 'zod/mini';
import { IsoDate, KNOWN_OWNER_DEPTS, OwnerDept, Task, TaskStatus, type TaskPatch } from '../schemas/index.js';
import { isCheckedTaskOverdue } from './plan.js';
import { invalidArgument, validateArgument } from './validate.js';

/** What the columns stand for: the task's status, owner department, pillar, or due month. */
export type BoardGroupBy = 'status' | 'owner' | 'pillar' | 'due';
/** What the swimlanes stand for; `none` is a single lane. */
export type BoardLaneBy = 'none' | 'pillar' | 'owner';

export const BOARD_GROUP_BYS: readonly BoardGroupBy[] = ['status', 'owner', 'pillar', 'due'];
export const BOARD_LANE_BYS: readonly BoardLaneBy[] = ['none', 'pillar', 'owner'];
/** The status columns, in the order the board shows them. */
export const BOARD_STATUSES: readonly TaskStatus[] = TaskStatus.options;
/** The key of the due-month column of tasks without a due date, and of the only lane without swimlanes. */
export const NO_DUE = 'none';
export const SINGLE_LANE = 'all';
/** Days before the due date in which an open task is "due soon" by default. */
export const DEFAULT_DUE_SOON_DAYS = 7;

const MS_PER_DAY = 86_400_000;
const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;

/** `overdue` (due before asOf, not done), `due-soon` (due within `soonDays` from asOf, not done) or null. */
export type DueMark = 'overdue' | 'due-soon' | null;

/** dueMark on tasks already validated (the board's hot path). */
export function dueMarkOf(task: Pick<Task, 'due' | 'status'>, asOf: string, soonDays = DEFAULT_DUE_SOON_DAYS): DueMark {
  if (task.due === null || task.status === 'done') return null;
  if (isCheckedTaskOverdue(task, asOf)) return 'overdue';
  return dayNumber(task.due) - dayNumber(asOf) <= soonDays ? 'due-soon' : null;
}

/** Whether a task is overdue or due soon on `asOf` (`YYYY-MM-DD`); due on asOf itself is due soon, not overdue. */
export function dueMark(task: Task, asOf: string, soonDays = DEFAULT_DUE_SOON_DAYS): DueMark {
  const checked = validateArgument(Task, task, 'dueMark', 'task');
  const date = validateArgument(IsoDate, asOf, 'dueMark', 'asOf');
  if (!Number.isInteger(soonDays) || soonDays < 0)
    invalidArgument('dueMark', 'soonDays', 'expected a whole number ≥ 0');
  return dueMarkOf(checked, date, soonDays);
}

/** The column a task belongs in. */
export function columnKeyOf(task: Task, groupBy: BoardGroupBy): string {
  switch (groupBy) {
    case 'status':
      return task.status;
    case 'owner':
      return task.owner;
    case 'pillar':
      return task.pillarId;
    case 'due':
      return task.due === null ? NO_DUE : task.due.slice(0, 7);
  }
}

/** The swimlane a task belongs in. */
export function laneKeyOf(task: Task, laneBy: BoardLaneBy): string {
  switch (laneBy) {
    case 'none':
      return SINGLE_LANE;
    case 'pillar':
      return task.pillarId;
    case 'owner':
      return task.owner;
  }
}

/**
 * The keys in display order: statuses and owners in their schema order, pillars in `pillarOrder` (the plan's)
 * then by id, months ascending with the undated column last. Status columns are always all shown;
 * other groupings show the keys present in `tasks`.
 */
function orderedKeys(keys: Iterable<string>, by: BoardGroupBy | BoardLaneBy, pillarOrder: readonly string[]): string[] {
  const present = [...new Set(keys)];
  switch (by) {
    case 'status':
      return [...BOARD_STATUSES];
    case 'none':
      return [SINGLE_LANE];
    case 'owner': {
      // The known departments in their order, then a plan's own codes (an open vocabulary) by code.
      const known: readonly string[] = KNOWN_OWNER_DEPTS;
      const rank = (key: string): number => {
        const index = known.indexOf(key);
        return index === -1 ? known.length : index;
      };
      return present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    }
    case 'pillar': {
      const rank = (key: string): number => {
        const index = pillarOrder.indexOf(key);
        return index === -1 ? pillarOrder.length : index;
      };
      return present.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    }
    case 'due':
      return present.sort((a, b) => (a === NO_DUE ? 1 : b === NO_DUE ? -1 : a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Which tasks are shown. Empty or missing fields do not filter. */
export interface BoardFilter {
  readonly owner?: string | null;
  readonly pillar?: string | null;
  readonly overdueOnly?: boolean;
  /** Case-insensitive text found in either language of the title or in an assignee's name. */
  readonly text?: string;
  /** Only tasks linked to this KPI (the page's selection). */
  readonly kpiId?: string | null;
}

/** Whether `task` passes `filter` on `asOf`. */
export function matchesFilter(task: Task, filter: BoardFilter, asOf: string): boolean {
  if (filter.owner != null && filter.owner !== '' && task.owner !== filter.owner) return false;
  if (filter.pillar != null && filter.pillar !== '' && task.pillarId !== filter.pillar) return false;
  if (filter.kpiId != null && filter.kpiId !== '' && !task.kpiIds.includes(filter.kpiId)) return false;
  if (filter.overdueOnly === true && !isCheckedTaskOverdue(task, asOf)) return false;
  const text = filter.text?.trim().toLowerCase() ?? '';
  if (text !== '') {
    const haystack = [task.title.zh, task.title.en, ...task.assignees].join('\n').toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

/** `over` when a column holds more than its limit, `at` when exactly at it, else `under` (also without a limit). */
export type WipState = 'under' | 'at' | 'over';

export function wipState(count: number, limit: number | undefined): WipState {
  if (limit === undefined || !Number.isFinite(limit) || limit < 0) return 'under';
  return count > limit ? 'over' : count === limit ? 'at' : 'under';
}

export interface BoardColumn {
  readonly key: string;
  /** Cards shown in the column (after filters), over all lanes. */
  readonly count: number;
  /** Tasks in the column before filters: what a WIP limit counts. */
  readonly total: number;
  readonly wip: WipState;
  readonly limit: number | undefined;
}

export interface BoardLane {
  readonly key: string;
  readonly count: number;
  /** One list per column, in the columns' order, in board order. */
  readonly cells: readonly (readonly Task[])[];
}

export interface BoardLayout {
  readonly columns: readonly BoardColumn[];
  readonly lanes: readonly BoardLane[];
  /** Cards shown. */
  readonly shown: number;
}

export interface BoardLayoutOptions {
  readonly groupBy: BoardGroupBy;
  readonly laneBy?: BoardLaneBy;
  readonly filter?: BoardFilter;
  /** `YYYY-MM-DD`, for the overdue filter. */
  readonly asOf: string;
  /** The plan's pillar ids in order, for pillar columns and lanes. */
  readonly pillarOrder?: readonly string[];
  /** WIP limit per column key. */
  readonly wipLimits?: Readonly<Record<string, number>>;
}

/**
 * Lay the tasks out in columns and lanes. `tasks` are taken in board order (the order cards appear in
 * inside a cell). Tasks are assumed valid (see `validateBoardTasks`); a task id appearing twice is an error.
 */
export function layoutBoard(tasks: readonly Task[], options: BoardLayoutOptions): BoardLayout {
  const { groupBy, laneBy = 'none', filter = {}, asOf, pillarOrder = [], wipLimits = {} } = options;
  const columnKeys = orderedKeys(
    tasks.map((task) => columnKeyOf(task, groupBy)),
    groupBy,
    pillarOrder,
  );
  const laneKeys = orderedKeys(
    tasks.map((task) => laneKeyOf(task, laneBy)),
    laneBy,
    pillarOrder,
  );
  const columnIndex = new Map(columnKeys.map((key, index) => [key, index]));
  const laneIndex = new Map(laneKeys.map((key, index) => [key, index]));
  const totals = columnKeys.map(() => 0);
  const counts = columnKeys.map(() => 0);
  const cells: Task[][][] = laneKeys.map(() => columnKeys.map(() => []));
  const laneCounts = laneKeys.map(() => 0);
  const seen = new Set<string>();
  for (const task of tasks) {
    if (seen.has(task.id)) invalidArgument('layoutBoard', 'tasks', `task "${task.id}" appears twice`);
    seen.add(task.id);
    const column = columnIndex.get(columnKeyOf(task, groupBy)) ?? 0;
    totals[column] = (totals[column] ?? 0) + 1;
    if (!matchesFilter(task, filter, asOf)) continue;
    const lane = laneIndex.get(laneKeyOf(task, laneBy)) ?? 0;
    cells[lane]?.[column]?.push(task);
    counts[column] = (counts[column] ?? 0) + 1;
    laneCounts[lane] = (laneCounts[lane] ?? 0) + 1;
  }
  return {
    columns: columnKeys.map((key, index) => {
      const limit = wipLimits[key];
      const total = totals[index] ?? 0;
      return { key, count: counts[index] ?? 0, total, limit, wip: wipState(total, limit) };
    }),
    lanes: laneKeys.map((key, index) => ({ key, count: laneCounts[index] ?? 0, cells: cells[index] ?? [] })),
    shown: counts.reduce((sum, count) => sum + count, 0),
  };
}

const BoardTasks = z.array(Task);

/** Where a card is in a layout: its lane, column (indices) and position in the cell. */
export interface LayoutPlace {
  readonly lane: number;
  readonly column: number;
  readonly index: number;
}

/** The place of task `taskId` in `layout`, or undefined when the layout does not show it (filtered out). */
export function placeInLayout(layout: BoardLayout, taskId: string): LayoutPlace | undefined {
  const lanes = layout.lanes;
  for (let lane = 0; lane < lanes.length; lane += 1) {
    const cells = lanes[lane]?.cells ?? [];
    for (let column = 0; column < cells.length; column += 1) {
      const index = cells[column]?.findIndex((task) => task.id === taskId) ?? -1;
      if (index !== -1) return { lane, column, index };
    }
  }
  return undefined;
}

/**
 * The card the focus goes to from task `taskId` for a navigation key, or undefined (no such card, or another
 * key). ArrowUp/ArrowDown: the card above or below, into the next lane's cell of the same column at a cell's
 * end; ArrowLeft/ArrowRight: the nearest non-empty column in the same lane, at the same position or its last
 * card; Home/End: the first or last card of the cell. Cards of a collapsed lane are skipped.
 */
export function neighbourCard(
  layout: BoardLayout,
  taskId: string,
  key: string,
  collapsed: ReadonlySet<string> = new Set(),
): string | undefined {
  const place = placeInLayout(layout, taskId);
  if (place === undefined) return undefined;
  const lanes = layout.lanes;
  const cell = (lane: number, column: number): readonly Task[] =>
    collapsed.has(lanes[lane]?.key ?? '') ? [] : (lanes[lane]?.cells[column] ?? []);
  const here = cell(place.lane, place.column);
  switch (key) {
    case 'ArrowUp': {
      if (place.index > 0) return here[place.index - 1]?.id;
      for (let lane = place.lane - 1; lane >= 0; lane -= 1) {
        const above = cell(lane, place.column);
        if (above.length > 0) return above[above.length - 1]?.id;
      }
      return undefined;
    }
    case 'ArrowDown': {
      if (place.index < here.length - 1) return here[place.index + 1]?.id;
      for (let lane = place.lane + 1; lane < lanes.length; lane += 1) {
        const below = cell(lane, place.column);
        if (below.length > 0) return below[0]?.id;
      }
      return undefined;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let column = place.column + step; column >= 0 && column < layout.columns.length; column += step) {
        const next = cell(place.lane, column);
        if (next.length > 0) return next[Math.min(place.index, next.length - 1)]?.id;
      }
      return undefined;
    }
    case 'Home':
      return here[0]?.id;
    case 'End':
      return here[here.length - 1]?.id;
    default:
      return undefined;
  }
}

/** A place by keys with an index: a card's lane, column and position among the cell's other cards. */
export interface BoardSpot {
  readonly lane: string;
  readonly column: string;
  readonly index: number;
}

/** The ids of the cards a cell of `layout` shows (none for an unknown lane or column). */
export function cellIds(layout: BoardLayout, place: BoardPlace): string[] {
  const column = layout.columns.findIndex((candidate) => candidate.key === place.column);
  const lane = layout.lanes.find((candidate) => candidate.key === place.lane);
  return (lane?.cells[column] ?? []).map((task) => task.id);
}

/** Where `layout` shows task `taskId`, by keys, or undefined when it does not (filtered out). */
export function spotOf(layout: BoardLayout, taskId: string): BoardSpot | undefined {
  const place = placeInLayout(layout, taskId);
  const lane = layout.lanes[place?.lane ?? -1];
  const column = layout.columns[place?.column ?? -1];
  return place && lane && column && { lane: lane.key, column: column.key, index: place.index };
}

/**
 * Where an arrow key takes card `taskId` carried at `spot` (its index among the cell's other cards).
 * Left/Right: the neighbouring column of the lane, at the same index or the cell's end (undefined past the
 * board's edge). Up/Down: one place up or down; past the cell's first or last card, with `crossLanes` (owner
 * lanes, which a move may change), the end of the nearest open lane above or the start of the one below,
 * else the same spot. Undefined for another key.
 */
export function stepSpot(
  layout: BoardLayout,
  taskId: string,
  spot: BoardSpot,
  key: string,
  options: { readonly crossLanes?: boolean; readonly collapsed?: ReadonlySet<string> } = {},
): BoardSpot | undefined {
  const others = (lane: string, column: string): number =>
    cellIds(layout, { lane, column }).filter((id) => id !== taskId).length;
  const { lane, column, index } = spot;
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const next = layout.columns[layout.columns.findIndex((candidate) => candidate.key === column) + step];
    return next && { lane, column: next.key, index: Math.min(index, others(lane, next.key)) };
  }
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const within = index + step;
  if (within >= 0 && within <= others(lane, column)) return { lane, column, index: within };
  if (options.crossLanes !== true) return spot;
  const lanes = layout.lanes.map((candidate) => candidate.key);
  for (let at = lanes.indexOf(lane) + step; at >= 0 && at < lanes.length; at += step) {
    const next = lanes[at] as string;
    if (!options.collapsed?.has(next)) return { lane: next, column, index: step > 0 ? 0 : others(next, column) };
  }
  return spot;
}

/**
 * The places a card's "Move to…" menu offers, in board order: the other columns of its lane, then, on a board
 * whose lanes are owners (which a move may change), the other lanes in its column (`toLane`).
 */
export function moveTargets(
  layout: BoardLayout,
  task: Task,
  groupBy: BoardGroupBy,
  laneBy: BoardLaneBy,
): Array<BoardPlace & { readonly toLane: boolean }> {
  const column = columnKeyOf(task, groupBy);
  const lane = laneKeyOf(task, laneBy);
  return [
    ...layout.columns.filter(({ key }) => key !== column).map(({ key }) => ({ column: key, lane, toLane: false })),
    ...(laneBy === 'owner' ? layout.lanes : [])
      .filter(({ key }) => key !== lane)
      .map(({ key }) => ({ column, lane: key, toLane: true })),
  ];
}

/**
 * A move checked and placed: the check's patch and the move as the board's `pk-task-move` event tells it (the
 * task, its version, the column it leaves, the target column and lane, its index in the target cell, clamped),
 * with the board `order` after the move.
 */
export type PlannedMove =
  | (Extract<MoveCheck, { ok: true }> & {
      readonly taskId: string;
      readonly version: number;
      readonly task: Task;
      readonly from: string;
      readonly to: string;
      readonly lane: string;
      readonly index: number;
      readonly order: string[];
    })
  | Extract<MoveCheck, { ok: false }>;

/** Check a move of `task` to `to` on `layout` (see `checkMove`; the column's total is the layout's) and, if allowed, place it (`reorder`). */
export function planMove(
  layout: BoardLayout,
  order: readonly string[],
  task: Task,
  to: BoardSpot,
  rules: MoveRules,
): PlannedMove {
  const total = layout.columns.find((column) => column.key === to.column)?.total ?? 0;
  const check = checkMove(task, to, total, rules);
  if (!check.ok) return check;
  const others = cellIds(layout, to).filter((id) => id !== task.id);
  const index = Math.max(0, Math.min(to.index, others.length));
  return {
    ...check,
    taskId: task.id,
    version: task.version,
    task,
    from: columnKeyOf(task, rules.groupBy),
    to: to.column,
    lane: to.lane,
    index,
    order: reorder(order, task.id, others, index),
  };
}

/**
 * A cell's cards as shown while card `carried` is picked up: out of every cell but the one it would land in
 * (`here`), where it shows at `index` among the others.
 */
export function cellWithCarried(cards: readonly Task[], carried: Task, here: boolean, index: number): Task[] {
  const others = cards.filter((task) => task.id !== carried.id);
  if (here) others.splice(Math.max(0, Math.min(index, others.length)), 0, carried);
  return others;
}

/**
 * The index among a cell's other cards (`otherIds`, without the dragged one) at which a pointer at height `y`
 * drops: before the first drawn card whose middle is below `y`, else after the last drawn one (`drawn`, in
 * order; a virtualized cell draws only some), else at the end.
 */
export function dropIndexAt(
  otherIds: readonly string[],
  drawn: readonly { readonly id: string; readonly middle: number }[],
  y: number,
): number {
  const below = drawn.find((card) => y < card.middle) ?? drawn[drawn.length - 1];
  const at = below === undefined ? -1 : otherIds.indexOf(below.id) + (y < below.middle ? 0 : 1);
  return at < 0 ? otherIds.length : at;
}

/**
 * Where the drop indicator goes in a cell as drawn (`shownIds`, the dragged card still in its place): the
 * drop index among the other cards, shifted past the dragged card when it sits above the drop.
 */
export function dropSlot(shownIds: readonly string[], draggedId: string, index: number): number {
  const from = shownIds.indexOf(draggedId);
  return from !== -1 && index >= from ? index + 1 : index;
}

/** The owner and pillar codes present among `tasks`, each once, in the tasks' order (the filters' choices). */
export function boardFilterChoices(tasks: readonly Task[]): { owners: string[]; pillars: string[] } {
  return {
    owners: [...new Set(tasks.map((task) => task.owner))],
    pillars: [...new Set(tasks.map((task) => task.pillarId))],
  };
}

/** The tasks a layout shows, lane by lane and column by column, in board order (what an export writes). */
export function layoutTasks(layout: BoardLayout): Task[] {
  return layout.lanes.flatMap((lane) => lane.cells.flat());
}

/** Validate a board's tasks: each a Task, ids unique. Throws a ValidationError naming the path. */
export function validateBoardTasks(tasks: unknown, subject = 'tasks'): Task[] {
  const checked = validateArgument(BoardTasks, tasks, 'validateBoardTasks', subject);
  const seen = new Set<string>();
  checked.forEach((task, index) => {
    if (seen.has(task.id))
      invalidArgument('validateBoardTasks', `${subject}.${index}.id`, `duplicate task id "${task.id}"`);
    seen.add(task.id);
  });
  return checked;
}

/** Where a card is, or is going: a column and a lane. */
export interface BoardPlace {
  readonly column: string;
  readonly lane: string;
}

export interface MoveRules {
  readonly groupBy: BoardGroupBy;
  readonly laneBy?: BoardLaneBy;
  readonly readonly?: boolean;
  readonly wipLimits?: Readonly<Record<string, number>>;
  /** Refuse a move that would put a column over its limit (otherwise it is allowed and warned about). */
  readonly wipStrict?: boolean;
}

/** Why a move is refused. */
export type MoveRefusal =
  /** The board is read-only (attribute, or the server refused a write with 403). */
  | 'readonly'
  /** The columns stand for a field the board cannot change (the pillar: a task's is its initiative's). */
  | 'column-locked'
  /** The lanes stand for a field the board cannot change (the pillar), or disagree with the column (owner). */
  | 'lane-locked'
  /** The target column is at its limit and the board is strict. */
  | 'wip-strict'
  /** No such column. */
  | 'unknown-column';

export type MoveCheck =
  | {
      readonly ok: true;
      /** The change to the task; empty for a reorder inside its cell. */
      readonly patch: TaskPatch;
      /** The same fields as they were. */
      readonly previous: TaskPatch;
      /** Whether the target column ends up over its limit (a warning, not a refusal). */
      readonly overLimit: boolean;
    }
  | { readonly ok: false; readonly reason: MoveRefusal };

/** The due date moved to another month (`YYYY-MM`), keeping the day, clamped to the month's last day. */
export function dueInMonth(due: string | null, month: string): string {
  const day = due === null ? 1 : Number(due.slice(8, 10));
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The patch that puts a task in column `key` of `groupBy`, or why it cannot (PATCH /tasks has no pillar). */
function columnPatch(groupBy: BoardGroupBy, key: string): TaskPatch | MoveRefusal {
  switch (groupBy) {
    case 'status':
      return (BOARD_STATUSES as readonly string[]).includes(key) ? { status: key as TaskStatus } : 'unknown-column';
    case 'due':
      return key === NO_DUE ? { due: null } : /^\d{4}-(0[1-9]|1[0-2])$/.test(key) ? { due: key } : 'unknown-column';
    case 'owner':
      return OwnerDept.safeParse(key).success ? { owner: key } : 'unknown-column';
    case 'pillar':
      return 'column-locked';
  }
}

/**
 * Whether `task` may move to `to`, and what the move changes. Status, owner and due month are writable
 * (PATCH /tasks takes status, owner, progress, assignees and due): a card moves between status, owner and
 * due-month columns and between owner lanes; a due-month move keeps the day, clamped to the month's last
 * (`dueInMonth`). A task's pillar is its initiative's: between pillar columns or lanes a card can only be
 * reordered. `columnTotal` is the number of tasks in the target column now (filters ignored).
 */
export function checkMove(task: Task, to: BoardPlace, columnTotal: number, rules: MoveRules): MoveCheck {
  const { groupBy, laneBy = 'none', wipLimits = {}, wipStrict = false } = rules;
  if (rules.readonly === true) return { ok: false, reason: 'readonly' };
  const newColumn = columnKeyOf(task, groupBy) !== to.column;
  const byColumn = newColumn ? columnPatch(groupBy, to.column) : {};
  if (typeof byColumn === 'string') return { ok: false, reason: byColumn };
  const patch: TaskPatch = { ...byColumn };
  if (laneKeyOf(task, laneBy) !== to.lane) {
    // Only owner lanes are writable, and a column that also sets the owner must agree with the lane.
    const byLane = laneBy === 'owner' ? columnPatch('owner', to.lane) : 'lane-locked';
    if (typeof byLane === 'string' || (patch.owner ?? to.lane) !== to.lane) return { ok: false, reason: 'lane-locked' };
    patch.owner = to.lane;
  }
  if (patch.due != null) patch.due = dueInMonth(task.due, patch.due);
  const previous = Object.fromEntries(Object.keys(patch).map((key) => [key, task[key as keyof TaskPatch]]));
  const limit = wipLimits[to.column];
  const overLimit = newColumn && limit !== undefined && columnTotal + 1 > limit;
  if (overLimit && wipStrict) return { ok: false, reason: 'wip-strict' };
  return { ok: true, patch, previous, overLimit };
}

/**
 * The board order after moving `taskId` so that it is the `index`-th card among `cellIds` (the ids of the
 * target cell's cards as shown, without the moved card). The rest of the order is kept.
 */
export function reorder(order: readonly string[], taskId: string, cellIds: readonly string[], index: number): string[] {
  const others = cellIds.filter((id) => id !== taskId);
  const rest = order.filter((id) => id !== taskId);
  const clamped = Math.max(0, Math.min(Math.trunc(index), others.length));
  if (others.length === 0) {
    const at = order.indexOf(taskId);
    rest.splice(at === -1 ? rest.length : Math.min(at, rest.length), 0, taskId);
    return rest;
  }
  const anchor = clamped < others.length ? others[clamped] : others[others.length - 1];
  const anchorIndex = anchor === undefined ? rest.length : rest.indexOf(anchor);
  rest.splice(clamped < others.length ? anchorIndex : anchorIndex + 1, 0, taskId);
  return rest;
}

/** The fields a patch changes applied to a task (the optimistic view). */
export function applyPatch(task: Task, patch: TaskPatch): Task {
  const next: Task = { ...task };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.owner !== undefined) next.owner = patch.owner;
  if (patch.progress !== undefined) next.progress = patch.progress;
  if (patch.assignees !== undefined) next.assignees = patch.assignees;
  if (patch.due !== undefined) next.due = patch.due;
  return next;
}

/** One optimistic move in the ledger. */
export interface LedgerMove {
  readonly id: number;
  readonly taskId: string;
  readonly patch: TaskPatch;
  /** Where the card was in the board order before the move, to put it back on failure. */
  readonly fromIndex: number;
  /** The version the request was sent with; null until it is sent. */
  readonly sentVersion: number | null;
}

/**
 * What the server last confirmed, the moves not yet confirmed, and the board order. The tasks shown are
 * the confirmed ones with the pending patches applied, so each task id is shown exactly once whatever
 * the order in which responses arrive.
 */
export interface MoveLedger {
  readonly confirmed: ReadonlyMap<string, Task>;
  readonly moves: readonly LedgerMove[];
  readonly order: readonly string[];
  readonly nextId: number;
}

export function createLedger(tasks: readonly Task[]): MoveLedger {
  return {
    confirmed: new Map(tasks.map((task) => [task.id, task])),
    moves: [],
    order: tasks.map((t) => t.id),
    nextId: 1,
  };
}

/**
 * A fresh list from the server (a reload) under the pending moves: a task keeps the newer of its two
 * versions, the order keeps known ids in place and appends new ones, and tasks gone from the list (and
 * their pending moves) are dropped.
 */
export function ledgerWithTasks(ledger: MoveLedger, tasks: readonly Task[]): MoveLedger {
  const confirmed = new Map<string, Task>();
  for (const task of tasks) {
    const known = ledger.confirmed.get(task.id);
    confirmed.set(task.id, known !== undefined && known.version > task.version ? known : task);
  }
  const order = ledger.order.filter((id) => confirmed.has(id));
  const inOrder = new Set(order);
  for (const task of tasks) if (!inOrder.has(task.id)) order.push(task.id);
  return { ...ledger, confirmed, order, moves: ledger.moves.filter((move) => confirmed.has(move.taskId)) };
}

/**
 * The ledger for a new list of tasks: the list under the pending moves (`merge`, see `ledgerWithTasks`) or a
 * fresh ledger (the first list, or a board with no server). `ended` is set when the card being `carried` (by
 * keyboard or pointer) changed or went meanwhile, with the card as it is now if it is still there: the carry
 * ends rather than move a card someone else just changed.
 */
export function refreshLedger(
  ledger: MoveLedger,
  tasks: readonly Task[],
  merge: boolean,
  carried?: string,
): { ledger: MoveLedger; ended?: { task: Task | undefined } } {
  const next = merge ? ledgerWithTasks(ledger, tasks) : createLedger(tasks);
  const task = next.confirmed.get(carried ?? '');
  return carried !== undefined && task?.version !== ledger.confirmed.get(carried)?.version
    ? { ledger: next, ended: { task } }
    : { ledger: next };
}

/** The tasks as shown: confirmed state with pending patches applied, in board order. */
export function ledgerTasks(ledger: MoveLedger): Task[] {
  const patches = new Map<string, TaskPatch[]>();
  for (const move of ledger.moves) patches.set(move.taskId, [...(patches.get(move.taskId) ?? []), move.patch]);
  const shown: Task[] = [];
  for (const id of ledger.order) {
    const task = ledger.confirmed.get(id);
    if (task === undefined) continue;
    shown.push((patches.get(id) ?? []).reduce(applyPatch, task));
  }
  return shown;
}

/** Record a move: the card shows at once in its new place and order; returns the move's id. */
export function beginMove(
  ledger: MoveLedger,
  taskId: string,
  patch: TaskPatch,
  order: readonly string[],
): { ledger: MoveLedger; moveId: number } {
  if (!ledger.confirmed.has(taskId)) invalidArgument('beginMove', 'taskId', `no task "${taskId}" on the board`);
  const move: LedgerMove = {
    id: ledger.nextId,
    taskId,
    patch,
    fromIndex: ledger.order.indexOf(taskId),
    sentVersion: null,
  };
  const moves = Object.keys(patch).length === 0 ? ledger.moves : [...ledger.moves, move];
  return { ledger: { ...ledger, moves, order: [...order], nextId: ledger.nextId + 1 }, moveId: move.id };
}

/**
 * The moves to send now: the first unsent move of each task with no move in flight (one request per task
 * at a time, so each carries the version the previous one produced), marked as sent.
 */
export function takeSendable(ledger: MoveLedger): { ledger: MoveLedger; send: LedgerMove[] } {
  const busy = new Set<string>();
  const send: LedgerMove[] = [];
  const moves = ledger.moves.map((move) => {
    if (busy.has(move.taskId)) return move;
    busy.add(move.taskId);
    if (move.sentVersion !== null) return move;
    const version = ledger.confirmed.get(move.taskId)?.version ?? 1;
    const sent = { ...move, sentVersion: version };
    send.push(sent);
    return sent;
  });
  return { ledger: { ...ledger, moves }, send };
}

/**
 * Settle a move. Success: the server's task becomes the confirmed one (unless a newer version is known).
 * Failure: the move and every later move of the same task are dropped (they built on it), and the card goes
 * back to where it was in the board order; `current` (a 412's newer task) replaces the confirmed task.
 * A move already settled or unknown leaves the ledger as it is.
 */
export function settleMove(
  ledger: MoveLedger,
  moveId: number,
  result: { readonly ok: true; readonly task: Task } | { readonly ok: false; readonly current?: Task },
): MoveLedger {
  const move = ledger.moves.find((candidate) => candidate.id === moveId);
  if (move === undefined) return ledger;
  const confirmed = new Map(ledger.confirmed);
  const newer = (task: Task): void => {
    const known = confirmed.get(task.id);
    if (known === undefined || task.version >= known.version) confirmed.set(task.id, task);
  };
  if (result.ok) {
    newer(result.task);
    return { ...ledger, confirmed, moves: ledger.moves.filter((candidate) => candidate.id !== moveId) };
  }
  if (result.current !== undefined && result.current.id === move.taskId) newer(result.current);
  const moves = ledger.moves.filter((candidate) => !(candidate.taskId === move.taskId && candidate.id >= moveId));
  const order = ledger.order.filter((id) => id !== move.taskId);
  order.splice(move.fromIndex < 0 ? order.length : Math.min(move.fromIndex, order.length), 0, move.taskId);
  return { ...ledger, confirmed, moves, order };
}

/**
 * Settle a move whose request failed with `error` (see `settleMove`). A 412 (a PreconditionFailedError, read by
 * name so another copy of the SDK counts too) is `stale`, and the newer task it carries in `current` replaces
 * the confirmed one.
 */
export function settleFailedMove(
  ledger: MoveLedger,
  moveId: number,
  error: unknown,
): { ledger: MoveLedger; stale: boolean } {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; current?: unknown };
  const stale = shape.name === 'PreconditionFailedError';
  const current =
    stale && typeof shape.current === 'object' && shape.current !== null ? (shape.current as Task) : undefined;
  return { ledger: settleMove(ledger, moveId, current === undefined ? { ok: false } : { ok: false, current }), stale };
}

/** A move applied at once with no server (standalone boards): the task itself changes. */
export function applyMoveLocally(
  ledger: MoveLedger,
  taskId: string,
  patch: TaskPatch,
  order: readonly string[],
): MoveLedger {
  const task = ledger.confirmed.get(taskId);
  if (task === undefined) invalidArgument('applyMoveLocally', 'taskId', `no task "${taskId}" on the board`);
  const confirmed = new Map(ledger.confirmed);
  confirmed.set(taskId, applyPatch(task, patch));
  return { ...ledger, confirmed, order: [...order] };
}

const SavedView = z.object({
  groupBy: z.optional(z.enum(['status', 'owner', 'pillar', 'due'])),
  laneBy: z.optional(z.enum(['none', 'pillar', 'owner'])),
  filter: z.optional(
    z.object({
      owner: z.optional(z.string().check(z.maxLength(64))),
      pillar: z.optional(z.string().check(z.maxLength(64))),
      overdueOnly: z.optional(z.boolean()),
      text: z.optional(z.string().check(z.maxLength(200))),
    }),
  ),
  collapsed: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100))),
});

/** The board's view state, as saved under a persist key: never task data. */
export type BoardViewState = z.infer<typeof SavedView>;

/** A saved view state already parsed from JSON, or undefined when it is not of the right shape. */
export function readBoardView(value: unknown): BoardViewState | undefined {
  const result = SavedView.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Read a saved view state; anything corrupt or of the wrong shape reads as nothing saved. */
export function parseBoardView(saved: string | null): BoardViewState {
  if (saved === null) return {};
  try {
    return readBoardView(JSON.parse(saved)) ?? {};
  } catch {
    return {};
  }
}
