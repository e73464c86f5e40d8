// Each suite's figures (results/<suite>.json) and the reliability report, composed from all of them after every
// suite, so the report always shows the last run of each. Test runs write it to results/reliability.md;
// `pnpm --filter @plankit/hardening docs` (src/write-docs.ts) writes docs/reliability.md.
import { cpus, platform, arch, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable, writeGenerated } from '@plankit/harness/report';
import { LOCAL_REPORT_PATH, RESULTS_DIR } from './paths.js';

/** The suites in report order. */
export const SUITES = {
  xss: 'XSS corpus',
  csp: 'Strict CSP with Trusted Types',
  faults: 'Fault matrix',
  concurrency: 'Concurrent edits',
  crash: 'Crash (kill -9) and restart',
  'bad-input': 'Bad input to the server',
  access: 'Access and token hygiene',
  'double-definition': 'Double definition',
} as const;
export type SuiteName = keyof typeof SUITES;

export interface SuiteResult {
  suite: SuiteName;
  title: string;
  ranAt: string;
  durationMs: number;
  /** No problems were found (the suite's assertions are over the same problem lists). */
  passed: boolean;
  /** One line for the summary table. */
  headline: string;
  /** Markdown lines of the suite's section (figures and outcomes). */
  lines: string[];
  /** What went wrong, if anything (at most a few dozen lines). */
  problems: string[];
  figures: Record<string, unknown>;
  environment: { node: string; chromium?: string };
}

/** Collects a suite's figures and problems while it runs; `save()` writes them and recomposes the report. */
export class SuiteReport {
  readonly suite: SuiteName;
  readonly started = Date.now();
  headline = '';
  readonly lines: string[] = [];
  readonly problems: string[] = [];
  readonly figures: Record<string, unknown> = {};
  chromium: string | undefined;
  private saved = false;

  /**
   * Also makes the suite's process fail when it ends before `save()` has written results/<suite>.json: else the
   * report would go on showing the previous run's figures for it, and nothing would say so.
   */
  constructor(suite: SuiteName) {
    this.suite = suite;
    process.once('exit', () => {
      if (this.saved) return;
      console.error(
        `hardening: the ${suite} suite ended without saving results/${suite}.json (its end-of-suite hook did not finish)`,
      );
      process.exitCode = 1;
    });
  }

  /** Record problems found by a check; returns them so the test can assert there are none. */
  problem(...found: string[]): string[] {
    this.problems.push(...found);
    return found;
  }

  line(text: string): void {
    this.lines.push(text);
  }

  async save(): Promise<void> {
    const result: SuiteResult = {
      suite: this.suite,
      title: SUITES[this.suite],
      ranAt: new Date(this.started).toISOString(),
      durationMs: Date.now() - this.started,
      passed: this.problems.length === 0,
      headline: this.headline,
      lines: this.lines,
      problems: this.problems.slice(0, 40),
      figures: this.figures,
      environment: { node: process.version, ...(this.chromium === undefined ? {} : { chromium: this.chromium }) },
    };
    await writeGenerated(join(RESULTS_DIR, `${this.suite}.json`), JSON.stringify(result, null, 2));
    this.saved = true;
    await composeReport();
  }
}

export function readResults(): SuiteResult[] {
  if (!existsSync(RESULTS_DIR)) return [];
  const results: SuiteResult[] = [];
  for (const name of readdirSync(RESULTS_DIR)) {
    if (!name.endsWith('.json')) continue;
    try {
      const result = JSON.parse(readFileSync(join(RESULTS_DIR, name), 'utf8')) as SuiteResult;
      if (result.suite in SUITES) results.push(result);
    } catch {
      // A half-written file from an interrupted run: skip it.
    }
  }
  const order = Object.keys(SUITES);
  return results.sort((a, b) => order.indexOf(a.suite) - order.indexOf(b.suite));
}

/**
 * Why the results cannot make the committed report: a suite that has no result, failed, or (given the time its run
 * started) did not save a result in that run. Empty when they can.
 */
export function unpublishable(results: readonly SuiteResult[], runStarted?: Date): string[] {
  return Object.keys(SUITES).flatMap((suite) => {
    const result = results.find((candidate) => candidate.suite === suite);
    if (result === undefined) return [`${suite} has not run`];
    if (runStarted !== undefined && Date.parse(result.ranAt) < runStarted.getTime())
      return [`${suite} did not save results/${suite}.json in this run (its last is from ${result.ranAt})`];
    return result.passed ? [] : [`${suite} failed`];
  });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The reliability report from every suite's last result, written to `target`. */
export async function composeReport(target: string = LOCAL_REPORT_PATH): Promise<void> {
  const results = readResults();
  const chromium = results.find((result) => result.environment.chromium !== undefined)?.environment.chromium;
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const machine = `${platform()} ${arch()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${chromium === undefined ? '' : `, Chromium ${chromium}`}`;
  const latest =
    results
      .map((result) => result.ranAt)
      .sort()
      .at(-1) ?? new Date().toISOString();
  const total = results.reduce((sum, result) => sum + result.durationMs, 0);
  const missing = Object.entries(SUITES).filter(([suite]) => !results.some((result) => result.suite === suite));

  const lines: string[] = [
    '# Reliability',
    '',
    '<!-- Generated by the hardening suites (pnpm --filter @plankit/hardening docs); edits are overwritten. -->',
    '',
    'Plankit runs inside other people’s pages, on their data. These suites attack it the way those pages, that data and',
    'their networks will: hostile text in every field, a strict Content-Security-Policy with Trusted Types, a proxy that',
    'drops, delays and corrupts responses, fifty people editing the same tasks, a server killed mid-write, malformed',
    'requests, a viewer trying to write, and two copies of the widgets on one page. Every figure below comes from the',
    'last run of each suite. The suites live in `packages/hardening/test/` and take their widgets from the registry in',
    '`packages/hardening/src/targets.ts`, so a new element is covered by adding an entry there.',
    '',
    'Run them with `pnpm --filter @plankit/hardening test` (part of `pnpm test`, after `pnpm build`). They drive',
    'Debian’s Chromium (`/usr/bin/chromium`, or `CHROME_PATH`) with playwright-core, load the published drop-in',
    'bundle (`packages/elements/dist/plankit.js`), start the reference server in process and as a child process',
    '(all through the harness the benchmark shares, `packages/harness`), and write their figures, and this page',
    'composed from them, to',
    '`packages/hardening/results/`. `pnpm --filter @plankit/hardening docs` runs them and rewrites this page.',
    '',
    `Machine: ${machine}. Last run: ${latest.replace('T', ' ').slice(0, 16)} UTC; suites took ${seconds(total)} in all.`,
    '',
    markdownTable({
      header: ['Suite', 'Result', 'Time', 'Figures'],
      align: ['left', 'left', 'left', 'left'],
      rows: [
        ...results.map((result) => [
          `[${result.title}](#${anchor(result.title)})`,
          result.passed ? 'pass' : '**FAIL**',
          seconds(result.durationMs),
          result.headline,
        ]),
        ...missing.map(([, title]) => [title, 'not run yet', '', '']),
      ],
    }),
    '',
  ];
  for (const result of results) {
    lines.push(
      `## ${result.title}`,
      '',
      `Ran ${result.ranAt.replace('T', ' ').slice(0, 16)} UTC in ${seconds(result.durationMs)}: ${result.passed ? 'pass' : '**FAIL**'}.`,
      '',
    );
    lines.push(...result.lines, '');
    if (result.problems.length > 0) {
      lines.push('Problems found:', '', ...result.problems.map((problem) => `- ${problem.replace(/\s+/g, ' ')}`), '');
    }
  }
  await writeGenerated(target, lines.join('\n'));
}

const anchor = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');
