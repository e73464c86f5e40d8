// Public surface of @plankit/sdk/domain: the plan and KPI rules as pure functions (no DOM, no Node APIs).
export { DEFAULT_THRESHOLDS, evaluateKpi, evaluateKpiWithSeries } from './kpi.js';
export { kpiPace } from './pace.js';
export { kpiSeries, type KpiSeriesPoint } from './series.js';
export { describeRule } from './rule-text.js';
export { rollupPlan, isTaskOverdue, type RollupCounts, type PlanRollup } from './plan.js';
export { summarizeTiers, bandOfTier, type TierSummaryOptions } from './tiers.js';
export { DEFAULT_STAGE_LIMITS, gridItemTimeline, type GridItemTimeline, type GridItemTimelineStage } from './grid.js';
export { formatValue, NOT_A_NUMBER_TEXT, type FormatUnit, type FormatValueOptions } from './format.js';
export {
  BOARD_GROUP_BYS,
  BOARD_LANE_BYS,
  BOARD_STATUSES,
  DEFAULT_DUE_SOON_DAYS,
  NO_DUE,
  SINGLE_LANE,
  applyMoveLocally,
  applyPatch,
  beginMove,
  checkMove,
  columnKeyOf,
  createLedger,
  dueInMonth,
  dueMark,
  dueMarkOf,
  laneKeyOf,
  layoutBoard,
  ledgerTasks,
  ledgerWithTasks,
  matchesFilter,
  parseBoardView,
  reorder,
  settleMove,
  takeSendable,
  validateBoardTasks,
  wipState,
  type BoardColumn,
  type BoardFilter,
  type BoardGroupBy,
  type BoardLane,
  type BoardLaneBy,
  type BoardLayout,
  type BoardLayoutOptions,
  type BoardPlace,
  type BoardViewState,
  type DueMark,
  type LedgerMove,
  type MoveCheck,
  type MoveLedger,
  type MoveRefusal,
  type MoveRules,
  type WipState,
} from './board.js';
