// `pnpm bench`: bundle sizes, then render and compute timings in headless Chromium, then the report
// (docs/benchmarks.md and .json after a full run; packages/bench/.out/ after a partial one).
import type { Browser } from 'playwright-core';
import { countVerdicts, notHeldFailing } from './lib/budget.js';
import { describeChromium } from '@plankit/harness/browser';
import { describeMachine, markRunStart } from '@plankit/harness/machine';
import { startPageServer, type PageServer } from '@plankit/harness/page-server';
import { benchContext, launchChromium } from './lib/browser.js';
import { isSelected, parseOptions, usage, wantsHelp } from './lib/options.js';
import { docsDir, fromRepo, outDir } from './lib/paths.js';
import { allBudgets, printScenario, writeReport, type ScenarioReport } from './lib/report.js';
import { crashedScenario, runScenario } from './lib/runner.js';
import { scenarios } from './scenarios/index.js';
import { measureSizes, printSizes } from './sizes.js';

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    console.log(`${usage}\n\nscenarios: ${scenarios.map((scenario) => scenario.id).join(', ')}`);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const unknown = (options.only ?? []).filter(
    (wanted) => !scenarios.some((scenario) => isSelected({ ...options, only: [wanted] }, scenario.id)),
  );
  if (unknown.length > 0) {
    throw new Error(
      `no scenario matches ${unknown.join(', ')}; scenarios: ${scenarios.map((scenario) => scenario.id).join(', ')}`,
    );
  }
  const start = markRunStart();
  const sizes = await measureSizes();
  printSizes(sizes);

  const selected = scenarios.filter((scenario) => isSelected(options, scenario.id));
  let server: PageServer | null = null;
  let browser: Browser | null = null;
  const closeAll = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    browser = null;
    server = null;
  };
  // Ctrl-C must not leave Chromium or the port behind.
  const interrupt = () => void closeAll().finally(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  const reports: ScenarioReport[] = [];
  let chromiumVersion: string;
  try {
    // The built pages (under .out/pages/) from the shared page server, Vite's preview server.
    server = await startPageServer({ root: outDir });
    browser = await launchChromium();
    chromiumVersion = describeChromium(browser);
    const context = await benchContext(browser);
    const environment = {
      context,
      pages: server,
      runs: options.runs,
      timeoutMs: 30_000,
      log: console.log,
    };
    for (const scenario of selected) {
      const scenarioStarted = Date.now();
      const report = await runScenario(scenario, environment)
        .then((outcome) => ({ outcome, budgets: scenario.budgets(outcome) }))
        .catch((error: unknown) => crashedScenario(scenario, error));
      reports.push(report);
      printScenario(report, options.runs);
      console.log(`  (${((Date.now() - scenarioStarted) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await closeAll();
  }

  const report = { machine: describeMachine(chromiumVersion, start), options, sizes, scenarios: reports };
  const budgets = allBudgets(report);
  const counts = countVerdicts(budgets);
  console.log(
    `\nBudgets: ${counts.PASS} PASS, ${counts.FAIL} FAIL, ${counts['not held']} not held (${notHeldFailing(budgets)} would FAIL), ${counts.pending} pending`,
  );
  const written = await writeReport(report, options.writeDocs ? docsDir : outDir);
  console.log(
    `Report: ${written.map(fromRepo).join(', ')}${options.writeDocs ? '' : ' (partial run: docs/ left as it was)'}`,
  );
  console.log(`Done in ${((Date.now() - start.date.getTime()) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
