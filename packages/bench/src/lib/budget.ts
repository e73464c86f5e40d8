// The verdict of one budget (a goal from the issues): PASS, FAIL, or pending while its element does not exist.
export type Verdict = 'PASS' | 'FAIL' | 'pending';

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

export function countVerdicts(results: readonly BudgetResult[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { PASS: 0, FAIL: 0, pending: 0 };
  for (const result of results) counts[result.verdict] += 1;
  return counts;
}
