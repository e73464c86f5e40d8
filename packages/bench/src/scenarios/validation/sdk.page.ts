// Page, served under a strict CSP (no eval): the SDK validating a page of 10,000 retailers exactly as its
// client validates GET /retailers (page(Retailer) from zod/mini through parseOrThrow), counting CSP violations.
import { page, parseOrThrow, Retailer } from '@plankit/sdk';
import { generateCounty } from '@plankit/sdk/fixtures';
import { check, cspViolations, exposeBench, measureCompute } from '../../lib/page-harness.js';

const RetailerPage = page(Retailer);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Parses after the first, in the same page, for the steady-state throughput (the first includes JIT warm-up). */
const steadyParses = 5;

exposeBench((params) => {
  const count = Number(params.get('retailers'));
  check(
    Number.isInteger(count) && count > 0,
    `retailers=${String(params.get('retailers'))} is a positive whole number`,
  );
  // Plain objects as a JSON response gives them.
  const body: unknown = JSON.parse(
    JSON.stringify({
      items: generateCounty({ seed: 'plankit-bench', grids: 100, retailers: count }).retailers,
      nextCursor: null,
    }),
  );
  return async () => {
    let parsed = 0;
    const validate = () => {
      parsed = parseOrThrow(RetailerPage, body, 'GET /retailers').items.length;
    };
    const sample = measureCompute(validate);
    check(parsed === count, `${count} retailers validated (got ${parsed})`);
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
