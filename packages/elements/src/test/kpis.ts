// KPI objects for the element tests: one per rule kind and status, evaluated as of AS_OF. They are the SDK's
// sample KPIs (@plankit/sdk/fixtures), which stories show too.
export {
  SAMPLE_PLAN_ID as PLAN_ID,
  SAMPLE_AS_OF as AS_OF,
  sampleKpi as buildKpi,
  everyStatusKpis as allKpis,
  taxProfitMet,
  purificationOnTrack,
  marginAtRisk,
  networkCasesOffTrack,
  safetyOnTrack,
  safetyOffTrack,
  salesBand,
  outflowRankMet,
  outflowRankOffTrack,
  majorCasesNoData,
  leafQuality,
  majorCasesSamePeriod,
  purificationEveryMonthOffTrack as purificationEveryMonth,
} from '@plankit/sdk/fixtures';
