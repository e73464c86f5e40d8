// KPI objects for the element tests: one per rule kind and status, evaluated as of AS_OF. They are the SDK's
// sample KPIs (@plankit/sdk/fixtures), which stories show too.
import { everyStatusKpis, kpiSamples, sampleKpi, SAMPLE_AS_OF, SAMPLE_PLAN_ID } from '@plankit/sdk/fixtures';

export const PLAN_ID = SAMPLE_PLAN_ID;
export const AS_OF = SAMPLE_AS_OF;
/** A KPI with one measurement per month from January, in the order given. */
export const buildKpi = sampleKpi;
export const {
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
} = kpiSamples;
/** A plan's worth: every category, every status. */
export const allKpis = everyStatusKpis;
