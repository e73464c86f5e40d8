// First script of every test page: starts recording errors, rejections and CSP violations before the bundles run.
import type { HarnessRecord } from '../src/scenario.js';

const record: HarnessRecord = {
  ready: false,
  failure: null,
  errors: [],
  rejections: [],
  violations: [],
  events: [],
  tasks: [],
};
Object.assign(window, { __harness: record });

const describe = (value: unknown): string =>
  value instanceof Error
    ? `${value.name}: ${value.message}`
    : typeof value === 'string'
      ? value
      : (JSON.stringify(value) ?? String(value));

window.addEventListener('error', (event) => {
  record.errors.push(event.error === undefined || event.error === null ? event.message : describe(event.error));
});
window.addEventListener('unhandledrejection', (event) => {
  record.rejections.push(describe(event.reason));
});
document.addEventListener('securitypolicyviolation', (event) => {
  record.violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    sourceFile: event.sourceFile,
  });
});
