// The results of a run as terminal tables, docs/benchmarks.md (prettier-stable tables) and docs/benchmarks.json.
import { join } from 'node:path';
import type { MachineInfo } from '@plankit/harness/machine';
import { markdownTable, writeGenerated, type Align, type Table } from '@plankit/harness/report';
import type { SizeReport } from '../sizes.js';
import type { BudgetResult } from './budget.js';
import { settleMs } from './browser.js';
import type { BenchOptions } from './options.js';
import { msSpread, outcomeOf, scriptSpread, type ScenarioOutcome, type VariantOutcome } from './scenario.js';
import { formatKB, formatMs, formatRatio, printTable } from './text-table.js';

export interface ScenarioReport {
  outcome: ScenarioOutcome;
  budgets: BudgetResult[];
}

export interface BenchReport {
  machine: MachineInfo;
  options: BenchOptions;
  sizes: SizeReport;
  scenarios: ScenarioReport[];
}

const dash = '—';

function ratioCell(numerator: VariantOutcome, denominator: VariantOutcome): string {
  if (numerator.status !== 'measured' || denominator.status !== 'measured') return dash;
  if (numerator.samples.length === 0 || denominator.samples.length === 0) return dash;
  return formatRatio(msSpread(numerator).median / msSpread(denominator).median);
}

/** One row per variant: median, min, max, script time, ratio to the baseline, and Plankit's ratio to the row. */
export function scenarioTable(outcome: ScenarioOutcome): Table {
  const { scenario } = outcome;
  const reference = outcomeOf(outcome, scenario.reference);
  const subject = outcomeOf(outcome, scenario.subject);
  const extras = scenario.extraColumns ?? [];
  const header = [
    'variant',
    'median ms',
    'min',
    'max',
    'script ms',
    `÷ ${reference.variant.label}`,
    `${subject.variant.label} ÷ row`,
    ...extras.map((column) => column.title),
  ];
  const notes = outcome.variants
    .filter((variant) => variant.status !== 'measured')
    .map((variant) => `${variant.variant.label}: ${variant.note}`);
  const rows = outcome.variants.map((variant) => {
    if (variant.status !== 'measured') {
      return [variant.variant.label, variant.status, '', '', '', '', '', ...extras.map(() => '')];
    }
    const ms = msSpread(variant);
    const script = scriptSpread(variant);
    return [
      variant.variant.label,
      formatMs(ms.median),
      formatMs(ms.min),
      formatMs(ms.max),
      script ? formatMs(script.median) : dash,
      ratioCell(variant, reference),
      variant === subject ? dash : ratioCell(subject, variant),
      ...extras.map((column) => column.format(variant.samples)),
    ];
  });
  const align: Align[] = [
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    ...extras.map((): Align => 'right'),
  ];
  return { header, align, rows, notes };
}

function sizeTable(sizes: SizeReport): Table {
  return {
    header: ['bundle', 'minified KB', 'gzip KB', 'from'],
    align: ['left', 'right', 'right', 'left'],
    rows: sizes.rows.map((row) =>
      row.gzipBytes === null
        ? [row.label, row.status, row.status, '']
        : // A row computed from budgets has a gzip figure only.
          [
            row.label,
            row.minifiedBytes === null ? '—' : formatKB(row.minifiedBytes),
            formatKB(row.gzipBytes),
            row.note,
          ],
    ),
    // Both rows of an element that does not exist yet share one note.
    notes: [...new Set(sizes.rows.filter((row) => row.status !== 'measured').map((row) => row.note))],
  };
}

function budgetTable(budgets: readonly BudgetResult[]): Table {
  return {
    header: ['budget', 'result', 'measured'],
    align: ['left', 'left', 'left'],
    rows: budgets.map((budget) => [budget.goal, budget.verdict, budget.detail]),
  };
}

export function printScenario(report: ScenarioReport, runs: number): void {
  const { outcome, budgets } = report;
  console.log(`\n${outcome.scenario.title} (median of ${runs} runs after a warm-up)\n`);
  const table = scenarioTable(outcome);
  printTable(table.header, table.rows, table.align);
  for (const note of table.notes ?? []) console.log(`  ${note}`);
  if (budgets.length > 0) {
    console.log('');
    for (const budget of budgets) console.log(`  ${budget.verdict.padEnd(8)} ${budget.goal}: ${budget.detail}`);
  }
}

export function allBudgets(report: BenchReport): BudgetResult[] {
  return [...report.sizes.budgets, ...report.scenarios.flatMap((scenario) => scenario.budgets)];
}

/** What a reader should know before quoting a ratio. */
const fairnessNotes = [
  'Every timing is a first render in a fresh page, so it includes one-time costs every variant pays alike (compiling the code, the first SDK call, Intl formatters, the first layout of text). They weigh most in the small scenarios (1 gauge) and pull ratios towards 1×.',
  'The hand-written baselines are minimal but complete for the same job and use the same SDK rules (evaluateKpi, formatValue) as the element; they have no accessibility, theming, localization or error states. pk-kpi-gauge also draws a sparkline, the rule in words, last year and the delta, so the gauge scenarios add a hand-written gauge with that same content (same SDK evaluation and series; a simpler scale and a fixed value size): the ratio to it is close to what the component itself costs.',
  'ECharts is measured twice in the gauge scenarios: as the minimal gauge (arc, value, status, name) and configured to show what pk-kpi-gauge shows (a gauge, a line series for the sparkline and graphic text and icons in one chart). The floor row, cells holding only the KPI names, is the least any gauge page can take on the machine; what a variant takes above it is the work of evaluating, formatting and drawing gauges.',
  'summarizeTiers checks every field it reads and names the bad one; the hand-written loop trusts its input.',
  'Leaflet runs in CRS.Simple without tiles, and its canvas renderer draws in the next animation frame: its figure covers both frames minus the idle wait between them. ECharts and the SVG renderers draw synchronously.',
  "SortableJS's move is its native drag and drop driven by synthetic events (pointerdown and dragstart untimed, then dragover and drop timed), since a headless page has no real drag; the keyboard moves are synthetic keydown events.",
  'In the retailer-points scenario every variant draws the county’s 200 grids under the points; pk-grid-map also checks them and draws its legend.',
  'In the 5,000-grid scenario pk-grid-map also checks its GeoJSON and draws its toolbar, legend and the selected grid’s panel, which the issue’s list of same content leaves out: its 1.3× goal is judged against a hand-written map with those parts too, and for a second pk-grid-map variant whose grids were validated on arrival; the issue’s literal ratios stay shown, not held when they fail.',
  'Validation is timed on the first parse in a fresh page; its throughput budget is judged on the steady state (the median of five more parses in the same page).',
  'The live-latency figures cover the whole path: the server commits and answers the write, reads its change log and writes the event to every stream, the page’s provider parses it and the gauge reloads its KPI and paints. The server, the editor client and the other subscribers run in the bench’s own Node process, so on a busy machine they share its cores with the page.',
  'Without fonts for Chinese (see the machine table), Chinese labels are laid out with fallback glyphs: the same for every variant, but cheaper than real CJK text.',
];

export function renderMarkdown(report: BenchReport): string {
  const { machine, options } = report;
  const sections: string[] = [
    '# Benchmarks',
    `Plankit beside ECharts, Leaflet, SortableJS and hand-written DOM, measured in one run of \`pnpm bench\` on ${machine.date.slice(0, 10)}. Every figure below comes from that run (raw samples in [benchmarks.json](benchmarks.json)); the file is written by the benchmark, never by hand.`,
    '## How to run',
    [
      '```sh',
      'pnpm bench                     # sizes, then every timing scenario; rewrites docs/benchmarks.md and .json',
      'pnpm bench --quick             # 3 runs per variant, for development (report in packages/bench/.out/)',
      'pnpm bench --only gauges,board # some scenarios only (report in packages/bench/.out/)',
      'pnpm bench --only live-latency # the live update latency at 1 and 100 subscribers',
      'pnpm bench --help              # options and scenario ids',
      'pnpm bench --runs 15           # more runs per variant',
      'pnpm --filter @plankit/bench sizes   # size budgets only, as the test command checks them',
      '```',
    ].join('\n'),
    "Chromium is Debian's (`/usr/bin/chromium`, or `CHROME_PATH`), headless, driven by playwright-core. Timings are noisy on a shared machine: run on a quiet one before quoting them. Sizes are deterministic and their budgets are also checked by the test command.",
    '## Machine',
    markdownTable({
      header: ['', ''],
      align: ['left', 'left'],
      rows: [
        ['CPU', machine.cpu],
        ['cores', String(machine.cores)],
        ['memory', `${machine.memoryGiB} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', machine.chromium],
        ['date', machine.date],
        ['load average at start', String(machine.loadAtStart)],
        ['fonts with Chinese glyphs', machine.chineseFonts],
        ['runs per variant', `${options.runs} after one warm-up, interleaved`],
      ],
    }),
    '## Budgets',
    'The goals set by the issues. Size budgets fail the test command; timing budgets are reported here only. A goal marked "not held" is measured as the issue words it, with the verdict it would have, but not judged, for the reason given (for the gauges, see [elements.md](elements.md#performance)).',
    markdownTable(budgetTable(allBudgets(report))),
    '## Bundle sizes',
    'Minified (Vite 8 library build for the browser floor: Chromium 109, Safari 16.4, Firefox 115; whitespace and comments removed as an application build would; Plankit sources get the build step of the published elements, which minifies the CSS in Lit templates) and gzip level 9; KB = 1,000 bytes. "Own code" leaves lit, the SDK and the shared element code out (a page loads them once for every widget); "with its share" bundles what the element pulls in. Peers are their minimal imports for the same job; stylesheets they need count, images inlined into them do not. The three rows after the drop-in account for its 85 KB goal like for like: the libraries it requires as it uses them (the drop-in built by its own config with their modules in chunks of their own), its own code (the drop-in minus them), and the widgets\' own-code budgets plus the libraries (less what a widget\'s own row already counts); the goal\'s reason is computed from them ([embedding.md](embedding.md#how-big-it-is)).',
    markdownTable(sizeTable(report.sizes)),
    '## Timings',
    'Each variant is a page built with Vite and served from 127.0.0.1. Every run opens a fresh page, prepares the data untimed, leaves the page idle for ' +
      String(settleMs) +
      " ms (so the work of loading it, and of closing the page before, is over before the clock starts), then measures inside the page with `performance.now()`: rendering starts at the beginning of an animation frame and ends in the first task after the paint that shows the result (requestAnimationFrame, then a MessageChannel message). A renderer that draws in its own next frame (Leaflet canvas) is followed for two frames, minus the idle wait between them. Variants run interleaved after one warm-up each, each round starting one variant later (A B C, B C A, C A B…) so none always runs first; the table gives the median with min and max, the median script time (the render call or handler and the microtasks after it), the ratio to the hand-written baseline and Plankit's ratio to each row. A row whose element does not exist yet is pending.",
  ];
  for (const { outcome } of report.scenarios) {
    sections.push(`### ${outcome.scenario.title}`, outcome.scenario.method, markdownTable(scenarioTable(outcome)));
  }
  sections.push('## Fairness notes', fairnessNotes.map((note) => `- ${note}`).join('\n'));
  return `${sections.join('\n\n')}\n`;
}

/** Raw samples and everything needed to recompute the tables. */
export function reportJson(report: BenchReport): string {
  return `${JSON.stringify(
    {
      machine: report.machine,
      options: report.options,
      budgets: allBudgets(report),
      sizes: report.sizes.rows,
      scenarios: report.scenarios.map(({ outcome, budgets }) => ({
        id: outcome.scenario.id,
        title: outcome.scenario.title,
        method: outcome.scenario.method,
        budgets,
        variants: outcome.variants.map((variant) => ({
          id: variant.variant.id,
          label: variant.variant.label,
          role: variant.variant.role,
          params: variant.variant.params ?? {},
          status: variant.status,
          note: variant.note,
          warmup: variant.warmup,
          samples: variant.samples,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

export async function writeReport(report: BenchReport, dir: string): Promise<string[]> {
  const markdown = join(dir, 'benchmarks.md');
  const json = join(dir, 'benchmarks.json');
  await writeGenerated(markdown, renderMarkdown(report));
  await writeGenerated(json, reportJson(report), false);
  return [markdown, json];
}
