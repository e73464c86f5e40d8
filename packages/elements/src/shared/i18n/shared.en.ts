// English messages shared by every widget: KPI status, loading/empty/error states, failures and validation issues: every key of shared.zh-CN.ts, no more and no fewer.
import type { Block } from './types.js';
import type { sharedZhCN } from './shared.zh-CN.js';

export const sharedEn: Block<typeof sharedZhCN> = {
  statusMet: 'Met',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  statusNoData: 'No data',

  stateLoading: 'Loading…',
  stateNotConnected: 'No data source: put the element inside <pk-provider base-url="…">, or set its data property.',
  stateMissingPlan: 'No plan given: set the plan attribute (on the element or on <pk-provider>).',
  stateMissingKpi: 'No KPI given: set the kpi attribute.',
  stateRetry: 'Retry',
  subjectKpiData: 'the KPI data',
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
  failureInvalidData: (p) => `Invalid data: ${p.problem}`,
  failureMalformed: 'The server did not answer with valid JSON.',
  failureUnknown: (p) => `Something went wrong: ${p.detail}`,

  issueField: (p) => `Field ${p.path}`,
  issueRoot: 'The data',
  issueType: (p) => `${p.field} should be ${p.kind}`,
  issueTooSmall: (p) => `${p.field} should be ${p.inclusive ? 'at least' : 'more than'} ${p.limit}`,
  issueTooBig: (p) => `${p.field} should be ${p.inclusive ? 'at most' : 'less than'} ${p.limit}`,
  issueTooShort: (p) => `${p.field} should have at least ${p.limit} characters`,
  issueTooLong: (p) => `${p.field} should have at most ${p.limit} characters`,
  issueTooFew: (p) => `${p.field} should have at least ${p.limit} items`,
  issueTooMany: (p) => `${p.field} should have at most ${p.limit} items`,
  issueValue: (p) => `${p.field} should be one of ${p.values}`,
  issueFormat: (p) => `${p.field} is not in the expected format`,
  issueUnknownKeys: (p) => `${p.field} has unknown fields: ${p.keys}`,
  issueOther: (p) => `${p.field} has an invalid value`,
  kindString: 'text',
  kindNumber: 'a number',
  kindInteger: 'a whole number',
  kindBoolean: 'true or false',
  kindObject: 'an object',
  kindArray: 'a list',
  kindNull: 'empty (null)',
};
