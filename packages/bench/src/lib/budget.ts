// The verdict of one budget (a goal from the issues): PASS, FAIL, pending while its element does not exist, or
// not held: measured and shown, but not judged, for a stated reason.
export type Verdict = 'PASS' | 'FAIL' | 'pending' | 'not held';

export interface BudgetResult {
  /** What the goal is, e.g. "drop-in bundle ≤ 50 KB gzip". */
  goal: string;
  verdict: Verdict;
  /** The measured figure behind the verdict, or why there is none. */
  detail: string;
  /** The verdict comes from a measurement (not from a page that failed or was never measured). */
  measured?: boolean;
  /** For a goal not held: the verdict it would have had. */
  wouldBe?: 'PASS' | 'FAIL';
}

export function judge(goal: string, pass: boolean, detail: string): BudgetResult {
  return { goal, verdict: pass ? 'PASS' : 'FAIL', detail };
}

export function pendingBudget(goal: string, detail: string): BudgetResult {
  return { goal, verdict: 'pending', detail };
}

/**
 * A goal as an issue words it, still measured and shown, but not judged: `why` says why. Only a measured
 * verdict can be set aside: a page that failed or was never measured keeps its FAIL or pending. The verdict
 * it would have had stays in the detail and in `wouldBe`.
 */
export function notHeld(result: BudgetResult, why: string): BudgetResult {
  if (result.measured !== true || (result.verdict !== 'PASS' && result.verdict !== 'FAIL')) return result;
  return {
    goal: result.goal,
    verdict: 'not held',
    detail: `${result.detail}, would ${result.verdict}; ${why}`,
    measured: true,
    wouldBe: result.verdict,
  };
}

/**
 * A goal as an issue words it, when the issue's own reference leaves out work the same issue requires: judged when
 * it holds, shown as not held (with `why`) when it fails; the goal against the complete reference is judged beside it.
 */
export function notHeldIfFailing(result: BudgetResult, why: string): BudgetResult {
  return result.verdict === 'FAIL' ? notHeld(result, why) : result;
}

export function countVerdicts(results: readonly BudgetResult[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { PASS: 0, FAIL: 0, pending: 0, 'not held': 0 };
  for (const result of results) counts[result.verdict] += 1;
  return counts;
}

/** How many goals not held would have failed. */
export function notHeldFailing(results: readonly BudgetResult[]): number {
  return results.filter((result) => result.verdict === 'not held' && result.wouldBe === 'FAIL').length;
}
