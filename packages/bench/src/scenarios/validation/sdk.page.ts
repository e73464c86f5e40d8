// Page, served under a strict CSP (no eval): the first parse, in a fresh page, of a 10,000-retailer GET /retailers
// body, by `subject`:
// - `sdk`: the SDK exactly as its client validates the body (page(Retailer) with zod/mini, through parseOrThrow);
// - `floor`: zod/mini itself on the same shape with no checks at all (no bounds, enums, regexes or whole-number
//   tests), through the same parseOrThrow: what "zod as the only validator" costs before any rule is checked;
// - `json`: JSON.parse of the body's text, what any client pays before it validates anything.
// Counts CSP violations over all parses.
import * as z from 'zod/mini';
import { page, parseOrThrow, Retailer } from '@plankit/sdk';
import { generateCounty } from '@plankit/sdk/fixtures';
import { check, cspViolations, exposeBench, measureCompute } from '../../lib/page-harness.js';

/** Retailer's shape and nothing else: every field's type as zod/mini's plainest schema, no checks. */
const RetailerShapeOnly = z.object({
  id: z.string(),
  licence: z.string(),
  name: z.string(),
  businessType: z.string(),
  area: z.string(),
  gridId: z.string(),
  location: z.tuple([z.number(), z.number()]),
  tier: z.number(),
  ordersThisYear: z.array(z.number()),
  ordersLastYear: z.array(z.number()),
  grossMargin: z.number(),
  groupMember: z.boolean(),
  pioneerStore: z.boolean(),
  insideSchoolRedLine: z.boolean(),
});

const subjects = ['sdk', 'floor', 'json'] as const;
type Subject = (typeof subjects)[number];
const isSubject = (value: string | null): value is Subject => subjects.some((subject) => subject === value);

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Parses after the first, in the same page, for the steady-state throughput (the first includes JIT warm-up). */
const defaultSteadyParses = 5;

exposeBench((params) => {
  const count = Number(params.get('retailers'));
  check(
    Number.isInteger(count) && count > 0,
    `retailers=${String(params.get('retailers'))} is a positive whole number`,
  );
  const subject = params.get('subject') ?? 'sdk';
  check(isSubject(subject), `subject=${subject} is one of ${subjects.join(', ')}`);
  const steadyParses = Number(params.get('steady') ?? defaultSteadyParses);
  check(Number.isInteger(steadyParses) && steadyParses >= 0, `steady=${steadyParses} is a whole number`);
  check(
    Object.keys(RetailerShapeOnly.shape).join() === Object.keys(Retailer.shape).join(),
    'the floor schema has the fields of Retailer, in its order',
  );
  // The body as the server sends it; the validators get plain objects as a JSON response gives them.
  const text = JSON.stringify({
    items: generateCounty({ seed: 'plankit-bench', grids: 100, retailers: count }).retailers,
    nextCursor: null,
  });
  const body: unknown = JSON.parse(text);
  // Schemas are built here, untimed, as a client builds them once; their lazy set-up on first use is timed.
  const schema = subject === 'floor' ? page(RetailerShapeOnly) : page(Retailer);
  const parse: () => { items: readonly unknown[] } =
    subject === 'json'
      ? () => JSON.parse(text) as { items: unknown[] }
      : () => parseOrThrow(schema, body, 'GET /retailers');
  return async () => {
    let parsed = 0;
    const validate = () => {
      parsed = parse().items.length;
    };
    const sample = measureCompute(validate);
    check(parsed === count, `${count} retailers parsed (got ${parsed})`);
    const steady = Array.from({ length: steadyParses }, () => measureCompute(validate).ms).sort((a, b) => a - b);
    const steadyMs = steady[Math.floor(steady.length / 2)] ?? Number.NaN;
    // Violation events arrive a task later.
    await nextTask();
    const violations = cspViolations().length;
    // Proof the policy and the counter work: eval must be refused and counted.
    let evalRefused = false;
    try {
      new Function('return 1')();
    } catch {
      evalRefused = true;
    }
    await nextTask();
    check(evalRefused, 'the page is served with a policy that forbids eval');
    check(cspViolations().length === violations + 1, 'the refused eval was counted as a violation');
    return {
      ...sample,
      extra: {
        firstMs: sample.ms,
        firstObjectsPerSecond: count / (sample.ms / 1000),
        steadyMs,
        steadyObjectsPerSecond: count / (steadyMs / 1000),
        cspViolations: violations,
      },
    };
  };
});
