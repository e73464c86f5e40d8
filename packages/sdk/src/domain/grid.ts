// Grid information items (三员网格化): when each stage is due by its time limit, and which items are overdue.
import {
  GRID_ITEM_STAGES,
  GridItem,
  GridItemKind,
  GridStageLimits,
  IsoDateTime,
  type GridItemStage,
  type GridStageHours,
  type Plan,
} from '../schemas/index.js';
import { describeReceived, invalidArgument, validateArgument } from './validate.js';

/**
 * Hours allowed to reach each stage from the previous one: route within 4 h of
 * collection, respond within a working day, handle within three days, feed back within a day.
 */
export const DEFAULT_STAGE_LIMITS: GridStageLimits = Object.freeze({
  routed: 4,
  responded: 24,
  handled: 72,
  fedBack: 24,
});

/**
 * The hours that apply to one kind of item: the limits' own hours, with the stages its `byKind`
 * entry names replaced.
 */
export function stageLimitsFor(limits: GridStageLimits, kind: string): GridStageHours {
  const checked = validateArgument(GridStageLimits, limits, 'stageLimitsFor', 'limits');
  return hoursOf(checked, validateArgument(GridItemKind, kind, 'stageLimitsFor', 'kind'));
}

/** The limits a plan's items follow: the plan's own (`plan.stageLimits`) when it has them, else the deployment's. */
export function planStageLimits(plan: Pick<Plan, 'stageLimits'>, deployment: GridStageLimits): GridStageLimits {
  const own = plan.stageLimits;
  return own === undefined
    ? validateArgument(GridStageLimits, deployment, 'planStageLimits', 'deployment')
    : validateArgument(GridStageLimits, own, 'planStageLimits', 'plan.stageLimits');
}

function hoursOf(limits: GridStageLimits, kind: string): GridStageHours {
  const override = limits.byKind !== undefined && Object.hasOwn(limits.byKind, kind) ? limits.byKind[kind] : undefined;
  return {
    routed: override?.routed ?? limits.routed,
    responded: override?.responded ?? limits.responded,
    handled: override?.handled ?? limits.handled,
    fedBack: override?.fedBack ?? limits.fedBack,
  };
}

export interface GridItemTimelineStage {
  stage: GridItemStage;
  /** When the stage was reached; null while it is not. */
  reachedAt: string | null;
  /** Deadline: the previous reached stage's time plus this stage's limit; null for `collected` and while no earlier stage is reached. */
  dueAt: string | null;
  /** Hours from the previous reached stage to this one (or to `now` while pending); null for `collected`. */
  elapsedHours: number | null;
  /** The stage's limit in hours; null for `collected`. */
  limitHours: number | null;
  /** Reached after its deadline, or still pending past it. */
  overdue: boolean;
}

export interface GridItemTimeline {
  itemId: string;
  stage: GridItemStage;
  /** The next stage is past its deadline: the item needs attention now. Always false once fed back. */
  overdue: boolean;
  stages: GridItemTimelineStage[];
}

const MS_PER_HOUR = 3_600_000;

/** Validate the item's stage times against its stage: every stage after `item.stage` absent, times never going back. */
function checkStageTimes(item: GridItem, functionName: string): void {
  const current = GRID_ITEM_STAGES.indexOf(item.stage);
  let previous = Number.NEGATIVE_INFINITY;
  GRID_ITEM_STAGES.forEach((stage, index) => {
    const time = item.times[stage];
    if (time === undefined) return;
    if (index > current)
      invalidArgument(
        functionName,
        `item.times.${stage}`,
        `stage "${stage}" is after the item's stage "${item.stage}" and cannot have a time`,
      );
    const at = Date.parse(time);
    if (at < previous)
      invalidArgument(functionName, `item.times.${stage}`, `${time} is before an earlier stage's time`);
    previous = at;
  });
}

function checkNow(now: unknown, functionName: string): number {
  if (typeof now !== 'string' && !(now instanceof Date))
    invalidArgument(
      functionName,
      'now',
      `expected an ISO date-time string or a Date, received ${describeReceived(now)}`,
    );
  const at =
    typeof now === 'string' ? Date.parse(validateArgument(IsoDateTime, now, functionName, 'now')) : now.getTime();
  if (Number.isNaN(at))
    invalidArgument(functionName, 'now', `expected a valid date, received ${describeReceived(now)}`);
  return at;
}

/**
 * The item's stages with their deadlines as of `now`, by the limits for the item's kind
 * (`limits.byKind[item.kind]` over the limits' own hours). Each stage's clock starts
 * when the previous reached stage was reached; a skipped stage (a later one was
 * reached without it) has no deadline of its own. Reaching a stage exactly at its
 * deadline is on time.
 */
export function gridItemTimeline(item: GridItem, limits: GridStageLimits, now: string | Date): GridItemTimeline {
  const checkedItem = validateArgument(GridItem, item, 'gridItemTimeline', 'item');
  checkStageTimes(checkedItem, 'gridItemTimeline');
  const checkedLimits = validateArgument(GridStageLimits, limits, 'gridItemTimeline', 'limits');
  return timelineOf(checkedItem, checkedLimits, checkNow(now, 'gridItemTimeline'));
}

/** gridItemTimeline without the argument checks, `now` in epoch milliseconds: for generators and servers that produced the items. */
export function timelineOf(item: GridItem, allLimits: GridStageLimits, now: number): GridItemTimeline {
  const limits = allLimits.byKind === undefined ? allLimits : hoursOf(allLimits, item.kind);
  const current = GRID_ITEM_STAGES.indexOf(item.stage);
  let clockStart = Number.NaN;
  let itemOverdue = false;
  const stages = GRID_ITEM_STAGES.map((stage, index): GridItemTimelineStage => {
    const reachedText = item.times[stage] ?? null;
    const reached = reachedText === null ? Number.NaN : Date.parse(reachedText);
    if (stage === 'collected') {
      clockStart = reached;
      return { stage, reachedAt: reachedText, dueAt: null, elapsedHours: null, limitHours: null, overdue: false };
    }
    const limitHours = limits[stage];
    const pending = reachedText === null && index === current + 1;
    // Not reached and not next: skipped on the way to a later stage, or still in the future.
    const waiting = reachedText === null && !pending;
    if (waiting || Number.isNaN(clockStart)) {
      return { stage, reachedAt: reachedText, dueAt: null, elapsedHours: null, limitHours, overdue: false };
    }
    const due = clockStart + limitHours * MS_PER_HOUR;
    const end = pending ? now : reached;
    const overdue = end > due;
    if (pending && overdue) itemOverdue = true;
    const entry = {
      stage,
      reachedAt: reachedText,
      dueAt: new Date(due).toISOString(),
      elapsedHours: Math.max(0, end - clockStart) / MS_PER_HOUR,
      limitHours,
      overdue,
    };
    if (!pending) clockStart = reached;
    return entry;
  });
  return { itemId: item.id, stage: item.stage, overdue: itemOverdue, stages };
}
