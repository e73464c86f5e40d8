// English: every string of the Chinese catalogue, no more and no fewer (the `Messages` type enforces it).
import type { Messages } from './zh-CN.js';

export const en: Messages = {
  statusMet: 'Met',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  statusNoData: 'No data',

  gaugeTarget: (p) => `Target ${p.rule}`,
  gaugeExpected: (p) => `Expected by now ${p.value}`,
  gaugeLastYear: (p) => `Last year ${p.value}`,
  gaugeDelta: (p) => `${p.delta} on last year`,
  gaugeDeltaNone: 'Same as last year',
  gaugeDeltaSamePeriod: (p) => `${p.delta} on the same period last year`,
  gaugeDeltaSamePeriodNone: 'Same as the same period last year',
  gaugeMissedMonths: (p) => `Missed in ${p.months}`,
  asOfDate: (p) => `As of ${p.date}`,
  gaugeValueText: (p) => `${p.name} ${p.value}, target ${p.rule}, ${p.status}`,
  gaugeValueTextNoData: (p) => `${p.name}: ${p.status}, target ${p.rule}`,

  panelLabel: 'Key targets',
  panelSummary: 'Status summary',
  panelSummaryItem: (p) => `${p.count} ${p.status.toLowerCase()}`,
  panelGroupLabel: (p) => `${p.category} (${p.count})`,

  stateLoading: 'Loading…',
  stateEmptyKpis: 'This plan has no KPIs yet.',
  stateNotConnected: 'No data source: put the element inside <pk-provider base-url="…">, or set its data property.',
  stateMissingPlan: 'No plan given: set the plan attribute (on the element or on <pk-provider>).',
  stateMissingKpi: 'No KPI given: set the kpi attribute.',
  stateRetry: 'Retry',
  subjectKpi: (p) => `KPI “${p.id}”`,
  subjectKpiData: 'the KPI data',
  subjectPlanKpis: (p) => `the KPIs of plan “${p.plan}”`,
  errorTitle: (p) => `Could not load ${p.subject}`,
  failureNetwork: 'The server could not be reached. Check the network and try again.',
  failureTimeout: 'The server took too long to answer. Try again in a moment.',
  failureUnauthorized: 'Your sign-in has expired. Sign in again.',
  failureForbidden: 'You are not allowed to see this data.',
  failureNotFound: 'The requested data does not exist. Check the id.',
  failureRateLimited: (p) =>
    p.seconds === null
      ? 'Too many requests. Try again in a moment.'
      : `Too many requests. Try again in ${p.seconds} s.`,
  failureServer: (p) => `The server failed (${p.status}). Try again in a moment.`,
  failureHttp: (p) => `The request was refused (${p.status}).`,
  failureInvalidData: (p) => `Invalid data at ${p.path}: ${p.detail}`,
  failureMalformed: 'The server did not answer with valid JSON.',
  failureUnknown: (p) => `Something went wrong: ${p.detail}`,
};
