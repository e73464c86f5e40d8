// What a scenario is (variants side by side on one task, each a page) and how its budgets read its results.
import { fileURLToPath } from 'node:url';
import { judge, notHeld, pendingBudget, type BudgetResult } from './budget.js';
import type { PageSample } from './page-harness.js';
import type { ElementName } from './paths.js';
import { spread, type Spread } from './stats.js';
import { formatMs, formatRatio } from './text-table.js';

/** Plankit itself, a peer library, or the hand-written baseline. */
export type Role = 'plankit' | 'peer' | 'baseline';

export interface Viewport {
  width: number;
  height: number;
}

export interface Variant {
  id: string;
  label: string;
  role: Role;
  /** The page entry (a `*.page.ts` file). */
  page: string;
  /** Plankit elements the page needs registered; the variant is pending while one does not exist. */
  elements?: readonly ElementName[];
  /** Query parameters the page reads. */
  params?: Readonly<Record<string, string>>;
}

/** A column beyond the timings, e.g. objects per second. */
export interface ExtraColumn {
  title: string;
  format(samples: readonly PageSample[]): string;
}

/** A function a page may call in the bench process (Playwright's exposeFunction), e.g. a write by an editor client. */
export type Binding = (...args: readonly unknown[]) => unknown;

/** What a scenario needs running while its pages are measured (a reference server, other subscribers). */
export interface ScenarioSession {
  /** Query parameters added to every variant's page. */
  params?: Readonly<Record<string, string>>;
  /** Functions every page of the scenario may call (`window.<name>(…)`, resolving with the result). */
  bindings?: Readonly<Record<string, Binding>>;
  /** Where the pages' /api/* is relayed to while the scenario runs (the page and its API share one origin). */
  upstream?: string;
  close(): Promise<void>;
}

export interface Scenario {
  id: string;
  title: string;
  /** What exactly is measured, for the report. */
  method: string;
  /** The variant every row's ratio is taken against (a hand-written baseline). */
  reference: string;
  /** Plankit's variant, whose ratio to each other row is shown. */
  subject: string;
  variants: readonly Variant[];
  /** A Content-Security-Policy header for this scenario's pages. */
  csp?: string;
  /** The page's viewport, when the default 1600×1000 cannot show everything the scenario draws. */
  viewport?: Viewport;
  extraColumns?: readonly ExtraColumn[];
  /** Started before the scenario's first page and closed after its last; most scenarios need none. */
  start?(): Promise<ScenarioSession>;
  budgets(outcome: ScenarioOutcome): BudgetResult[];
}

export interface VariantOutcome {
  variant: Variant;
  status: 'measured' | 'pending' | 'error';
  /** Why the variant is pending or failed. */
  note: string;
  warmup: PageSample | null;
  samples: PageSample[];
}

export interface ScenarioOutcome {
  scenario: Scenario;
  variants: VariantOutcome[];
}

export function outcomeOf(outcome: ScenarioOutcome, variantId: string): VariantOutcome {
  const found = outcome.variants.find((entry) => entry.variant.id === variantId);
  if (!found) throw new Error(`scenario ${outcome.scenario.id} has no variant ${variantId}`);
  return found;
}

export function msSpread(variant: VariantOutcome): Spread {
  return spread(variant.samples.map((sample) => sample.ms));
}

export function scriptSpread(variant: VariantOutcome): Spread | null {
  const values = variant.samples.flatMap((sample) => (sample.scriptMs === undefined ? [] : [sample.scriptMs]));
  return values.length === 0 ? null : spread(values);
}

/** Why a figure cannot be judged yet (pending) or at all (an error fails the budget); null when it can. */
function unavailable(goal: string, variant: VariantOutcome): BudgetResult | null {
  if (variant.status === 'pending') return pendingBudget(goal, variant.note);
  if (variant.status === 'error') return judge(goal, false, `${variant.variant.label}: ${variant.note}`);
  if (variant.samples.length === 0) return judge(goal, false, `${variant.variant.label}: no samples`);
  return null;
}

/** `subject`'s median time over `other`'s, or null when either has no figure. */
export function medianRatio(outcome: ScenarioOutcome, subjectId: string, otherId: string): number | null {
  const subject = outcomeOf(outcome, subjectId);
  const other = outcomeOf(outcome, otherId);
  if (unavailable('', subject) ?? unavailable('', other)) return null;
  return msSpread(subject).median / msSpread(other).median;
}

/** `subject`'s median time is at most `limit` times `other`'s. */
export function ratioBudget(
  outcome: ScenarioOutcome,
  goal: string,
  subjectId: string,
  otherId: string,
  limit: number,
): BudgetResult {
  const subject = outcomeOf(outcome, subjectId);
  const other = outcomeOf(outcome, otherId);
  const blocked = unavailable(goal, subject) ?? unavailable(goal, other);
  if (blocked) return blocked;
  const ratio = msSpread(subject).median / msSpread(other).median;
  return {
    ...judge(
      goal,
      ratio <= limit,
      `${formatRatio(ratio)} (${formatMs(msSpread(subject).median)} vs ${formatMs(msSpread(other).median)} ms)`,
    ),
    measured: true,
  };
}

/**
 * `subject`'s median time is at most `limit` times a peer's, judged only in a run where `reachId` (hand-written,
 * drawing what the subject draws) meets it; when that takes more, the goal is out of reach for any implementation:
 * shown, with the verdict it would have, but not held.
 */
export function reachableRatioBudget(
  outcome: ScenarioOutcome,
  goal: string,
  subjectId: string,
  peerId: string,
  reachId: string,
  limit: number,
): BudgetResult {
  const result = ratioBudget(outcome, goal, subjectId, peerId, limit);
  const reach = medianRatio(outcome, reachId, peerId);
  if (reach === null || reach <= limit) return result;
  const label = outcomeOf(outcome, reachId).variant.label;
  return notHeld(result, `out of reach in this run: "${label}", drawing the same, took ${formatRatio(reach)} of it`);
}

/** A figure of one variant (from its samples) against a limit. */
export function figureBudget(
  outcome: ScenarioOutcome,
  goal: string,
  variantId: string,
  figure: (variant: VariantOutcome) => number,
  passes: (value: number) => boolean,
  describe: (value: number) => string,
): BudgetResult {
  const variant = outcomeOf(outcome, variantId);
  const blocked = unavailable(goal, variant);
  if (blocked) return blocked;
  const value = figure(variant);
  return judge(goal, passes(value), describe(value));
}

/** A variant's median script time is at most `limitMs`. */
export function scriptBudget(outcome: ScenarioOutcome, goal: string, variantId: string, limitMs: number): BudgetResult {
  return figureBudget(
    outcome,
    goal,
    variantId,
    (variant) => scriptSpread(variant)?.median ?? Number.NaN,
    (value) => value <= limitMs,
    (value) => `${formatMs(value)} ms script (median)`,
  );
}

/** The page entries beside a scenario's module: `pagesBeside(import.meta.url)('pk')` is its `./pk.page.ts`. */
export function pagesBeside(moduleUrl: string): (name: string) => string {
  return (name) => fileURLToPath(new URL(`./${name}.page.ts`, moduleUrl));
}
