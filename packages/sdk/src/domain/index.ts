// Public surface of @plankit/sdk/domain: the plan and KPI rules as pure functions (no DOM, no Node APIs).
export { DEFAULT_THRESHOLDS, evaluateKpi, evaluateKpiWithSeries } from './kpi.js';
export { kpiPace } from './pace.js';
export { kpiGauge, type KpiGauge } from './gauge.js';
export { kpiSeries, type KpiSeriesPoint } from './series.js';
export { describeRule } from './rule-text.js';
export { rollupPlan, isTaskOverdue, type RollupCounts, type PlanRollup } from './plan.js';
export {
  summarizeTiers,
  bandOfTier,
  bandLabel,
  checkTierScheme,
  checkTierSummary,
  tierBandLookup,
  tiersLowToHigh,
  DEFAULT_TIER_SCHEME,
  type TierSummaryOptions,
} from './tiers.js';
export {
  tierChart,
  tierBandRows,
  tierMetricValue,
  bandTarget,
  niceScale,
  trendOf,
  TIER_METRICS,
  type TierMetric,
  type TierChart,
  type TierChartOptions,
  type TierBar,
  type TierBandArea,
  type TierReference,
  type TierBandRow,
  type NiceScale,
  type TargetComparison,
  type Trend,
} from './tier-chart.js';
export {
  DEFAULT_STAGE_LIMITS,
  gridItemTimeline,
  planStageLimits,
  stageLimitsFor,
  type GridItemTimeline,
  type GridItemTimelineStage,
} from './grid.js';
export { KNOWN_LABELS, vocabularyLabel, vocabularyText, withPlanVocabulary } from './vocabulary.js';
export { formatValue, NOT_A_NUMBER_TEXT, type FormatUnit, type FormatValueOptions } from './format.js';
export {
  MAX_GRID_POSITIONS,
  GRID_COLOR_CLASSES,
  validateGridCollection,
  fitGridMap,
  schematicGridMap,
  placeTiles,
  neighbourInDirection,
  gridMetricValue,
  gridColorScale,
  gridPipeline,
  type MapSize,
  type GridShape,
  type GridMapLayout,
  type TilePlacement,
  type MapDirection,
  type LegendClass,
  type GridColorScale,
  type PipelineStage,
  type GridPipeline,
} from './map.js';
