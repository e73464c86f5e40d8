// Runs one scenario: builds each variant's page, then a warm-up and interleaved runs (A B C, B C A, C A B…), each in a
// fresh page. A variant that fails is reported with its error and the others carry on.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { PageServer } from '@plankit/harness/page-server';
import { measurePage } from './browser.js';
import { bundler } from '@plankit/harness/bundle';
import { benchRoot, elementModule, outDir, unavailableElements } from './paths.js';
import type { BudgetResult } from './budget.js';
import type { Scenario, ScenarioOutcome, ScenarioSession, Variant, VariantOutcome } from './scenario.js';

export interface RunEnvironment {
  context: BrowserContext;
  /** The shared page server the built pages are served from. */
  pages: PageServer;
  runs: number;
  /** Per page load and measurement. */
  timeoutMs: number;
  log(message: string): void;
}

/** Counts CSP violations from the first parsed script on (a file, since a strict policy forbids inline scripts). */
const violationListener = `// Counts Content-Security-Policy violations from the first parsed script on.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || ''));
});
`;

const { buildPage } = bundler(benchRoot);
const builtPages = new Map<string, Promise<string>>();

/** Builds a page once per entry and set of elements; returns its URL path (the directory's index.html). */
function pagePath(variant: Variant): Promise<string> {
  const elements = variant.elements ?? [];
  const key = [variant.page, ...elements].join('|');
  let built = builtPages.get(key);
  if (!built) {
    built = (async () => {
      const name = relative(join(benchRoot, 'src', 'scenarios'), variant.page)
        .replace(/\.page\.ts$/, '')
        .replace(/[\\/]/g, '-');
      const dir = join(outDir, 'pages', name);
      const page = await buildPage(
        variant.page,
        elements.map((element) => elementModule(element)),
        dir,
      );
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'csp-violations.js'), violationListener);
      const styles = page.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
      await writeFile(
        join(dir, 'index.html'),
        `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${name}</title>
<script src="csp-violations.js"></script>
${styles}
<script type="module" src="${page.script}"></script>
</head>
<body><main id="stage"></main></body>
</html>
`,
      );
      return `/pages/${name}/`;
    })();
    builtPages.set(key, built);
  }
  return built;
}

export async function runScenario(scenario: Scenario, environment: RunEnvironment): Promise<ScenarioOutcome> {
  const session = scenario.start ? await scenario.start() : null;
  if (session?.upstream !== undefined) environment.pages.setUpstream(session.upstream);
  try {
    return await runVariants(scenario, environment, session);
  } finally {
    environment.pages.setUpstream(null);
    await session?.close();
  }
}

async function runVariants(
  scenario: Scenario,
  environment: RunEnvironment,
  session: ScenarioSession | null,
): Promise<ScenarioOutcome> {
  const outcomes: VariantOutcome[] = scenario.variants.map((variant) => ({
    variant,
    status: 'measured',
    note: '',
    warmup: null,
    samples: [],
  }));
  const urls = new Map<VariantOutcome, string>();

  for (const outcome of outcomes) {
    const missing = unavailableElements(outcome.variant.elements ?? []);
    if (missing.length > 0) {
      outcome.status = 'pending';
      outcome.note = `pending: ${missing.join(', ')}`;
      continue;
    }
    try {
      const path = await pagePath(outcome.variant);
      if (scenario.csp) environment.pages.setPolicy(path, scenario.csp);
      const query = new URLSearchParams({ ...session?.params, ...outcome.variant.params }).toString();
      urls.set(outcome, `${environment.pages.url}${path}index.html${query ? `?${query}` : ''}`);
    } catch (error) {
      fail(outcome, 'build', error);
    }
  }

  const measure = async (outcome: VariantOutcome, phase: string) => {
    const url = urls.get(outcome);
    if (outcome.status !== 'measured' || url === undefined) return;
    try {
      const sample = await measurePage(
        environment.context,
        url,
        environment.timeoutMs,
        scenario.viewport,
        session?.bindings,
      );
      if (phase === 'warm-up') outcome.warmup = sample;
      else outcome.samples.push(sample);
    } catch (error) {
      fail(outcome, phase, error);
    }
  };

  environment.log(`${scenario.id}: warm-up`);
  for (const outcome of outcomes) await measure(outcome, 'warm-up');
  for (let run = 1; run <= environment.runs; run += 1) {
    environment.log(`${scenario.id}: run ${run}/${environment.runs}`);
    // Each round starts one variant later (A B C, B C A, C A B…), so no variant always runs first. Only
    // variants still being measured take turns: a pending or failed one would skew the rotation.
    const runnable = outcomes.filter((outcome) => outcome.status === 'measured' && urls.has(outcome));
    for (let index = 0; index < runnable.length; index += 1) {
      await measure(runnable[(run - 1 + index) % runnable.length] as VariantOutcome, `run ${run}`);
    }
  }
  return { scenario, variants: outcomes };
}

function fail(outcome: VariantOutcome, phase: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  outcome.status = 'error';
  outcome.note = `error (${phase}): ${message.split('\n').find((line) => line.trim() !== '') ?? message}`;
}

/** A scenario whose runner itself threw: every variant reported as failed, budgets judged as failed. */
export function crashedScenario(
  scenario: Scenario,
  error: unknown,
): { outcome: ScenarioOutcome; budgets: BudgetResult[] } {
  const outcome: ScenarioOutcome = {
    scenario,
    variants: scenario.variants.map((variant) => ({
      variant,
      status: 'measured',
      note: '',
      warmup: null,
      samples: [],
    })),
  };
  for (const variant of outcome.variants) fail(variant, 'scenario', error);
  let budgets: BudgetResult[];
  try {
    budgets = scenario.budgets(outcome);
  } catch {
    budgets = [];
  }
  return { outcome, budgets };
}
