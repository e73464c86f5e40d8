// The verdict of one budget (a goal from the issues): PASS, FAIL, pending while its element does not exist, or
// not held: measured and shown, but not judged, for a stated reason.
export type Verdict = 'PASS' | 'FAIL' | 'pending' | 'not held';

export interface BudgetResult {
  /** What the goal is, e.g. "drop-in bundle ≤ 50 KB gzip". */
  goal: string;
  verdict: Verdict;
  /** The measured figure behind the verdict, or why there is none. */
  detail: string;
}

export function judge(goal: string, pass: boolean, detail: string): BudgetResult {
  return { goal, verdict: pass ? 'PASS' : 'FAIL', detail };
}

export function pendingBudget(goal: string, detail: string): BudgetResult {
  return { goal, verdict: 'pending', detail };
}

/**
 * A goal as an issue words it, still measured and shown, but not judged: `why` says why, and what the element
 * is judged against instead. The verdict it would have had stays in the detail.
 */
export function notHeld(result: BudgetResult, why: string): BudgetResult {
  if (result.verdict !== 'PASS' && result.verdict !== 'FAIL') return result;
  return { goal: result.goal, verdict: 'not held', detail: `${result.detail}, would ${result.verdict}; ${why}` };
}

export function countVerdicts(results: readonly BudgetResult[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { PASS: 0, FAIL: 0, pending: 0, 'not held': 0 };
  for (const result of results) counts[result.verdict] += 1;
  return counts;
}
