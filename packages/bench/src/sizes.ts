// Bundle sizes, minified and gzip -9, of Plankit's SDK, elements and drop-in bundle beside the peers' minimal
// equivalents, with the size budgets. `--check` (the test command) fails on a missed budget: sizes are deterministic.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countVerdicts, judge, notHeld, pendingBudget, type BudgetResult } from './lib/budget.js';
import { absoluteImport, bundler, type BuiltFile, type ExternalTest } from '@plankit/harness/bundle';
import {
  benchRoot,
  dropInBuilt,
  dropInEntry,
  elementModule,
  elementModules,
  elementsSrc,
  fromRepo,
  missingModules,
  outDir,
  sdkSrc,
} from './lib/paths.js';
import { formatKB, printTable } from './lib/text-table.js';

/** Vite and esbuild builds from the shared bundle builder, resolving peers from this package. */
const { buildLibrary, buildWithEsbuild } = bundler(benchRoot);

export interface SizeRow {
  id: string;
  label: string;
  kind: 'plankit' | 'peer';
  status: 'measured' | 'pending' | 'error';
  minifiedBytes: number | null;
  gzipBytes: number | null;
  /** Where the bytes came from, or why there are none. */
  note: string;
}

export interface SizeReport {
  rows: SizeRow[];
  budgets: BudgetResult[];
}

interface SizeEntry {
  id: string;
  label: string;
  kind: SizeRow['kind'];
  /** Files that must exist for the row to be measured; otherwise it is pending. */
  requires: readonly string[];
  /** The files whose bytes count, and a note on where they came from. */
  produce: () => Promise<{ files: BuiltFile[]; note: string }>;
  /** Gzip budget in bytes (KB = 1,000 bytes), from the issue that owns the row. */
  budgetBytes?: number;
  /**
   * An issue's figure that the code does not reach yet: measured and shown beside the budget as "not held",
   * with the reason, while `budgetBytes` guards against growing further.
   */
  issueGoal?: { bytes: number; why: string };
  /** Assertions on the bundle's contents, each a budget row of its own. */
  assertions?: Array<{ goal: string; holds: (files: BuiltFile[]) => { pass: boolean; detail: string } }>;
}

const KB = 1000;

/** lit, its relatives and the SDK: what an element's "own code" leaves out (the page shares one copy). */
const sharedPackages = /^(lit|lit-html|lit-element|@lit|@lit-labs|@plankit\/sdk)(\/|$)/;
const sharedElementCode = join(elementsSrc, 'shared') + sep;
const ownCodeOnly: ExternalTest = (id, importer) =>
  sharedPackages.test(id) || absoluteImport(id, importer).startsWith(sharedElementCode);

const classicZod = /[\\/]zod[\\/]v4[\\/]classic[\\/]/;

const library = (entry: string, external?: ExternalTest) => async () => ({
  files: await buildLibrary(entry, external),
  note: `built from ${fromRepo(entry)}`,
});

const typicalSdkImport = join(benchRoot, 'src', 'size-entries', 'sdk-typical.ts');
/** zod's core namespace whole (locales, JSON Schema): what a run-time read of `z.core.util.*` makes esbuild keep. */
const zodLocales = /[\\/]zod[\\/]v4[\\/]locales[\\/]/;
/** d3-geo is the grid map's projection: counted in the map's own row, never in a page that does not draw a map. */
const d3Geo = /[\\/]d3-geo[\\/]/;
/** The assertion that no module matching `pattern` is in the build: `none` when it holds, else the `found` count. */
const noModules = (goal: string, pattern: RegExp, none: string, found: string) => ({
  goal,
  holds: (files: BuiltFile[]) => {
    const ids = files.flatMap((file) => file.moduleIds).filter((id) => pattern.test(id));
    return ids.length === 0
      ? { pass: true, detail: none }
      : { pass: false, detail: `${ids.length} ${found}, e.g. ${fromRepo(ids[0] ?? '')}` };
  },
});
const noD3Geo = noModules(
  'typical SDK import holds no d3-geo (tree-shaken)',
  d3Geo,
  'no d3-geo module',
  'd3-geo modules',
);
const noZodLocales = noModules(
  'typical SDK import holds no zod locale (tree-shaken)',
  zodLocales,
  'no zod/v4/locales module',
  'locale modules',
);

/** Own-code budgets (KB) by tag, from the issue that owns the element; a widget's issue sets its own here. */
const ownBudgetsKB: Readonly<Record<string, number>> = {
  'pk-kpi-gauge': 6,
  // Issue 18's export (CSV, SVG, PNG), persist-key and print styles: 8.1 KB measured.
  'pk-kpi-panel': 8.5,
  // Issue 14's figure, held: 9,998 bytes once the build trims the indentation of html templates (10.15 KB
  // before; owner moves and print styles came in while the board's rules moved to the SDK's domain).
  'pk-task-board': 10,
  'pk-grid-map': 14,
  'pk-retailer-tiers': 8,
  // Issue 18's optional export menu: 2.3 KB measured.
  'pk-export-menu': 2.5,
};

/** Own-code figures of an issue that the ceiling above no longer matches, with the reason. */
const ownIssueGoals: Readonly<Record<string, { bytes: number; why: string }>> = {};

/**
 * Libraries an element takes through the SDK, counted in its own row rather than hidden in the shared SDK: the named
 * imports of `library` in the SDK module that wraps it are bundled with the element (issue 15: the map's 14 KB
 * include what it takes from d3).
 */
const ownLibraries: Readonly<Record<string, { library: string; sdkModule: string }>> = {
  'pk-grid-map': { library: 'd3-geo', sdkModule: join(sdkSrc, 'domain', 'map-projection.ts') },
};

/**
 * An entry of the element's registration module and the run-time names `sdkModule` imports from `library`, written
 * under the benchmark's build output (the names are read from the source, so the row follows the SDK's imports).
 */
function ownEntryWithLibrary(tag: string, library: string, sdkModule: string): string {
  const source = readFileSync(sdkModule, 'utf8');
  const clause = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${library}'`).exec(source)?.[1];
  const names = (clause ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '));
  if (names.length === 0) throw new Error(`${fromRepo(sdkModule)} imports nothing from ${library} by name`);
  const entry = join(outDir, 'size-entries', `${tag}-own.ts`);
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(entry, `import '@plankit/elements/${tag}';\nexport { ${names.join(', ')} } from '${library}';\n`);
  return entry;
}

/**
 * Element rows, one per element of @plankit/elements' list: its own code (lit, SDK and shared element code
 * external, but a library it takes through the SDK included: `ownLibraries`) and with its share of lit and the SDK.
 */
const elementRows = [...elementModules].map(([tag, module]) => ({
  tag,
  module,
  ownBudgetKB: ownBudgetsKB[tag],
  ownLibrary: ownLibraries[tag],
}));

const sizeEntries: SizeEntry[] = [
  {
    id: 'sdk',
    label: '@plankit/sdk (everything: client + schemas + domain, ky and zod/mini included)',
    kind: 'plankit',
    requires: [join(sdkSrc, 'index.ts')],
    produce: library(join(sdkSrc, 'index.ts')),
    // No budget of its own since the client is ky (issue 13): a typical import is what pages ship, below.
    assertions: [
      noModules(
        '@plankit/sdk bundle holds no classic zod (zod/v4/classic)',
        classicZod,
        'no zod/v4/classic module',
        'classic modules',
      ),
    ],
  },
  // Issue 13's figure for both bundlers, held since formatValue reads the units' labels alone (the departments',
  // categories' and item kinds' tables are pure and drop out): 31.4 KB with esbuild, from 32.1.
  ...(['Vite', 'esbuild'] as const).map((bundler): SizeEntry => ({
    id: `sdk-typical-${bundler.toLowerCase()}`,
    label: `typical SDK import, ${bundler} (createClient, evaluateKpi, schemas; ky + zod/mini)`,
    kind: 'plankit',
    requires: [typicalSdkImport],
    produce:
      bundler === 'Vite'
        ? library(typicalSdkImport)
        : async () => ({
            files: await buildWithEsbuild(typicalSdkImport),
            note: `built by esbuild from ${fromRepo(typicalSdkImport)}`,
          }),
    budgetBytes: 32 * KB,
    assertions: [
      { ...noZodLocales, goal: `${noZodLocales.goal}, ${bundler}` },
      { ...noD3Geo, goal: `${noD3Geo.goal}, ${bundler}` },
    ],
  })),
  {
    id: 'page-provider-gauges',
    label: 'page with pk-provider + pk-kpi-gauge only (per-element entries, with lit and the SDK)',
    kind: 'plankit',
    requires: [elementModule('pk-provider'), elementModule('pk-kpi-gauge')],
    produce: library(join(benchRoot, 'src', 'size-entries', 'page-provider-gauges.ts')),
    // Issue 13 asks ≤ 55 KB: held since each element adds its own block of messages (catalogues per element),
    // 56.5 → 52.3 KB, then 53.1 with the gauge's export and print styles, 54.1 with the route table's client
    // entries and the provider's session context (the viewer's read-only board). The ceiling is now the issue's
    // figure itself.
    budgetBytes: 55 * KB,
  },
  {
    id: 'drop-in',
    label: 'drop-in bundle plankit.js (every element + provider + SDK + lit)',
    kind: 'plankit',
    requires: [dropInEntry],
    produce: async () => {
      if (missingModules([dropInBuilt]).length === 0) {
        return {
          files: [{ fileName: 'plankit.js', bytes: readFileSync(dropInBuilt), moduleIds: [] }],
          note: `read ${fromRepo(dropInBuilt)}`,
        };
      }
      return library(dropInEntry)();
    },
    // Issue 13 asks ≤ 85 KB with all six elements. Whole minification (Vite's library mode had kept the
    // whitespace and line breaks) took the bundle from 103.3 to 91.7 KB; the gauge's and panel's export,
    // persist-key and print styles brought it to 95.2. The ceiling is the measured size rounded up.
    // The map's projection from d3-geo (issue 15: a well-kept library rather than hand-written projection maths)
    // adds geoMercatorRaw, geoIdentity's fit and geoStream: +4.4 KB (3.6 KB for the same import alone, measured by
    // the d3-geo rows of this file).
    // Issue 14's virtualized long columns add @lit-labs/virtualizer (with lit's async directive): +10.5 KB in the
    // bundle before whole minification, 109.4 KB with everything merged.
    // Then issue 18's <pk-export-menu> (+2.0 KB), the map's zoom on the compositor, its as-of notice and print
    // styles (+1.1 KB), owner moves on the board and persist-key on the tiers: 113.3 KB; the html templates'
    // indentation trimmed by the build: 112.5 KB. The ceiling is that rounded up.
    budgetBytes: 113 * KB,
    issueGoal: {
      bytes: 85 * KB,
      why:
        'fully minified now: what remains is the six elements’ own code (≈ 44 KB), the SDK with ky, zod/mini ' +
        'and every widget’s rules (≈ 36 KB) and lit with @lit/context and @lit/task (≈ 12 KB); the next cut is ' +
        'the SDK’s board rules and ky, not whitespace',
    },
  },
  ...elementRows.flatMap(({ tag, module, ownBudgetKB, ownLibrary }): SizeEntry[] => [
    {
      id: `${tag}-own`,
      label: `${tag}: own code (lit, SDK, shared element code external)${ownLibrary === undefined ? '' : `, with the ${ownLibrary.library} it takes through the SDK`}`,
      kind: 'plankit',
      requires: ownLibrary === undefined ? [module] : [module, ownLibrary.sdkModule],
      produce:
        ownLibrary === undefined
          ? library(module, ownCodeOnly)
          : async () => ({
              files: await buildLibrary(
                ownEntryWithLibrary(tag, ownLibrary.library, ownLibrary.sdkModule),
                ownCodeOnly,
              ),
              note: `built from ${fromRepo(module)} and ${ownLibrary.library} as ${fromRepo(ownLibrary.sdkModule)} imports it`,
            }),
      ...(ownBudgetKB === undefined ? {} : { budgetBytes: ownBudgetKB * KB }),
      ...(ownIssueGoals[tag] === undefined ? {} : { issueGoal: ownIssueGoals[tag] }),
    },
    {
      id: `${tag}-whole`,
      label: `${tag}: with its share of lit and the SDK`,
      kind: 'plankit',
      requires: [module],
      produce: library(module),
    },
  ]),
  ...(
    [
      ['echarts-gauge', 'ECharts gauge (core + GaugeChart + CanvasRenderer)', 'echarts-gauge.ts'],
      ['echarts-map', 'ECharts map (core + MapChart + GeoComponent + CanvasRenderer)', 'echarts-map.ts'],
      ['leaflet', 'Leaflet + GeoJSON layer (with leaflet.css)', 'leaflet-geojson.ts'],
      ['d3-zoom', 'd3-zoom (zoom, zoomIdentity; with d3-selection, -transition, -interpolate, -drag…)', 'd3-zoom.ts'],
      [
        'd3-geo-mercator',
        'd3-geo geoMercator + geoPath (spherical projection pipeline and path generator)',
        'd3-geo-mercator.ts',
      ],
      ['sortablejs', 'SortableJS', 'sortable.ts'],
    ] as const
  ).map(([id, label, entry]): SizeEntry => ({
    id,
    label,
    kind: 'peer',
    requires: [],
    produce: library(join(benchRoot, 'src', 'size-entries', entry)),
  })),
];

/** Builds and weighs every entry; a missing element is pending, a failing build an error row, never a crash. */
export async function measureSizes(): Promise<SizeReport> {
  const rows: SizeRow[] = [];
  const budgets: BudgetResult[] = [];
  for (const entry of sizeEntries) {
    const budgetGoal =
      entry.budgetBytes === undefined ? null : `${entry.label.split(' (')[0]} ≤ ${entry.budgetBytes / KB} KB gzip`;
    const missing = missingModules(entry.requires);
    if (missing.length > 0) {
      const note = `pending: ${missing.map(fromRepo).join(', ')} does not exist yet`;
      rows.push({ ...rowBase(entry), status: 'pending', minifiedBytes: null, gzipBytes: null, note });
      if (budgetGoal) budgets.push(pendingBudget(budgetGoal, note));
      for (const assertion of entry.assertions ?? []) budgets.push(pendingBudget(assertion.goal, note));
      continue;
    }
    try {
      const { files, note } = await entry.produce();
      const code = files.filter((file) => /\.(js|mjs|css)$/.test(file.fileName)).map(withoutInlinedImages);
      // What a page loads up front; chunks only a dynamic import() reaches are reported beside it.
      const weighed = code.filter((file) => file.lazy !== true);
      const lazy = code.filter((file) => file.lazy === true);
      const gzip = (list: BuiltFile[]) =>
        list.reduce((sum, file) => sum + gzipSync(file.bytes, { level: 9 }).length, 0);
      const minifiedBytes = weighed.reduce((sum, file) => sum + file.bytes.length, 0);
      const gzipBytes = gzip(weighed);
      const lazyNote = lazy.length === 0 ? '' : `; + ${formatKB(gzip(lazy))} KB gzip loaded on first use (import())`;
      rows.push({ ...rowBase(entry), status: 'measured', minifiedBytes, gzipBytes, note: note + lazyNote });
      if (budgetGoal && entry.budgetBytes !== undefined) {
        budgets.push(judge(budgetGoal, gzipBytes <= entry.budgetBytes, `${formatKB(gzipBytes)} KB gzip`));
      }
      if (entry.issueGoal !== undefined) {
        const goal = `${entry.label.split(' (')[0]} ≤ ${entry.issueGoal.bytes / KB} KB gzip (the issue's figure)`;
        const measured = { ...judge(goal, gzipBytes <= entry.issueGoal.bytes, `${formatKB(gzipBytes)} KB gzip`) };
        budgets.push(notHeld({ ...measured, measured: true }, entry.issueGoal.why));
      }
      for (const assertion of entry.assertions ?? []) {
        const { pass, detail } = assertion.holds(files);
        budgets.push(judge(assertion.goal, pass, detail));
      }
    } catch (error) {
      const note = `error: ${firstLine(error)}`;
      rows.push({ ...rowBase(entry), status: 'error', minifiedBytes: null, gzipBytes: null, note });
      if (budgetGoal) budgets.push(judge(budgetGoal, false, note));
      for (const assertion of entry.assertions ?? []) budgets.push(judge(assertion.goal, false, note));
    }
  }
  return { rows, budgets };
}

/**
 * Library builds inline every image a stylesheet names (Leaflet's layer-control icons); a page fetches them
 * only when used, so they are not counted.
 */
function withoutInlinedImages(file: BuiltFile): BuiltFile {
  if (!file.fileName.endsWith('.css')) return file;
  const css = file.bytes.toString('utf8').replace(/url\(\s*["']?data:image\/[^)]*\)/g, 'url()');
  return { ...file, bytes: Buffer.from(css) };
}

function rowBase(entry: SizeEntry): Pick<SizeRow, 'id' | 'label' | 'kind'> {
  return { id: entry.id, label: entry.label, kind: entry.kind };
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

export function printSizes(report: SizeReport): void {
  console.log('\nBundle sizes (KB = 1,000 bytes; gzip at level 9)\n');
  printTable(
    ['bundle', 'minified KB', 'gzip KB', 'from'],
    report.rows.map((row) => [
      row.label,
      row.minifiedBytes === null ? row.status : formatKB(row.minifiedBytes),
      row.gzipBytes === null ? row.status : formatKB(row.gzipBytes),
      row.status === 'measured' ? row.note : '',
    ]),
    ['left', 'right', 'right', 'left'],
  );
  const notes = new Set(report.rows.filter((row) => row.status !== 'measured').map((row) => row.note));
  for (const note of notes) console.log(`  ${note}`);
  console.log('\nSize budgets\n');
  printTable(
    ['budget', 'result', 'measured'],
    report.budgets.map((budget) => [budget.goal, budget.verdict, budget.detail]),
  );
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const report = await measureSizes();
  printSizes(report);
  if (!check) return;
  const counts = countVerdicts(report.budgets);
  console.log(`\n# pending ${counts.pending}`);
  console.log(`# pass ${counts.PASS}`);
  console.log(`# fail ${counts.FAIL}`);
  if (counts.FAIL > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    console.log('# pass 0');
    console.log('# fail 1');
    process.exitCode = 1;
  });
}
