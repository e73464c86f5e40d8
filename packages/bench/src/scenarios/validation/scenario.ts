// Scenario: SDK validation of 10,000 retailers in a page under a strict Content-Security-Policy.
import type { PageSample } from '../../lib/page-harness.js';
import { figureBudget, outcomeOf, type Scenario, pagesBeside } from '../../lib/scenario.js';
import { median } from '../../lib/stats.js';

const page = pagesBeside(import.meta.url);

const extraMedian = (samples: readonly PageSample[], name: string) =>
  median(samples.map((sample) => sample.extra?.[name] ?? 0));
const steadyRate = (samples: readonly PageSample[]) => extraMedian(samples, 'steadyObjectsPerSecond');
const rate = (value: number) => Math.round(value).toLocaleString('en-US');
const violations = (samples: readonly PageSample[]) =>
  Math.max(0, ...samples.map((sample) => sample.extra?.['cspViolations'] ?? 0));

export const validationScenarios: Scenario[] = [
  {
    id: 'validation-10000',
    title: 'SDK validation of 10,000 retailers under a strict CSP',
    method:
      "A page served with `Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'` (no eval): the JSON body of a 10,000-retailer page validated as the client does (page(Retailer) with zod/mini, through parseOrThrow); the time compared, and budgeted (≤ 50 ms), is the first parse in a fresh page; the steady state (median of 5 more parses in the same page) is shown beside it. zod/mini is the only validator (no compiled fast path). securitypolicyviolation events are counted over all parses, and the page proves the counter by having one eval refused afterwards.",
    reference: 'sdk',
    subject: 'sdk',
    csp: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
    variants: [
      { id: 'sdk', label: 'SDK (zod/mini)', role: 'plankit', page: page('sdk'), params: { retailers: '10000' } },
    ],
    extraColumns: [
      { title: 'objects/s, first parse', format: (samples) => rate(extraMedian(samples, 'firstObjectsPerSecond')) },
      { title: 'objects/s, steady', format: (samples) => rate(steadyRate(samples)) },
      { title: 'CSP violations', format: (samples) => String(violations(samples)) },
    ],
    budgets: (outcome) => [
      figureBudget(
        outcome,
        'SDK validation of 10,000 retailers under strict CSP ≤ 50 ms on first parse',
        'sdk',
        (variant) => extraMedian(variant.samples, 'firstMs'),
        (value) => value <= 50,
        (value) =>
          `${value.toFixed(1)} ms first parse (median of fresh pages); steady ${rate(steadyRate(outcomeOf(outcome, 'sdk').samples))} objects/s`,
      ),
      figureBudget(
        outcome,
        'SDK validation raises 0 CSP violations',
        'sdk',
        (variant) => violations(variant.samples),
        (value) => value === 0,
        (value) => `${value} violations (most in one run)`,
      ),
    ],
  },
];
