// Bundle sizes, minified and gzip -9, of Plankit's SDK, elements and drop-in bundle beside the peers' minimal
// equivalents, with the size budgets. `--check` (the test command) fails on a missed budget: sizes are deterministic.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countVerdicts, judge, notHeld, pendingBudget, type BudgetResult } from './lib/budget.js';
import {
  absoluteImport,
  buildDropInParts,
  bundler,
  publishedDropIn,
  type BuiltFile,
  type ExternalTest,
} from '@plankit/harness/bundle';
import {
  benchRoot,
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
  produce?: () => Promise<{ files: BuiltFile[]; note: string }>;
  /** Or a figure computed from rows measured before it (`produce` and `derive`: one of the two). */
  derive?: (rowOf: MeasuredRowOf) => Promise<{ gzipBytes: number; minifiedBytes: number | null; note: string }>;
  /** Gzip budget in bytes (KB = 1,000 bytes), from the issue that owns the row. */
  budgetBytes?: number;
  /**
   * An issue's figure that the code does not reach yet: measured and shown beside the budget as "not held",
   * with the reason, while `budgetBytes` guards against growing further.
   */
  issueGoal?: { bytes: number; why: string | ((rowOf: MeasuredRowOf) => string) };
  /** Assertions on the bundle's contents, each a budget row of its own. */
  assertions?: Array<{ goal: string; holds: (files: BuiltFile[]) => { pass: boolean; detail: string } }>;
}

const KB = 1000;

/** A row measured (or derived) earlier in the run, by id; throws when it has no figure. */
export type MeasuredRowOf = (id: string) => SizeRow & { gzipBytes: number };

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

/** The package a module belongs to when it comes from node_modules (the last `node_modules/<name>/`), else null. */
function libraryPackage(moduleId: string): string | null {
  const name = /.*[\\/]node_modules[\\/](@[^\\/]+[\\/][^\\/]+|[^\\/]+)[\\/]/.exec(moduleId)?.[1];
  return name === undefined ? null : name.replace('\\', '/');
}

/** A library and the packages it depends on, found from the module that imports it. */
function withDependencies(library: string, importer: string): string[] {
  let dir = dirname(createRequire(importer).resolve(library));
  while (!existsSync(join(dir, 'package.json')) || readPackage(dir).name !== library) {
    if (dirname(dir) === dir) throw new Error(`no package.json of ${library} above ${fromRepo(importer)}`);
    dir = dirname(dir);
  }
  return [library, ...Object.keys(readPackage(dir).dependencies ?? {})];
}

function readPackage(dir: string): { name?: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name?: string;
    dependencies?: Record<string, string>;
  };
}

interface DropInParts {
  libraries: BuiltFile;
  elementLibraries: BuiltFile | null;
  rest: BuiltFile;
}
let dropInParts: Promise<DropInParts> | null = null;
/**
 * The drop-in cut in three by its own build config (one build per run, shared by the rows below): `libraries`, the
 * modules of the libraries it requires (ky, zod/mini, lit and its relatives, the virtualizer, the SSE parser…);
 * `element-libraries`, those a widget's own row already counts (`ownLibraries`: d3-geo and its dependencies); and
 * `plankit.js`, the rest. Rolldown puts its module runtime (the wrappers of modules imported lazily, ≈ 0.1 KB) in
 * the libraries' chunk, its first user there: no group can move it.
 */
function splitDropIn(): Promise<DropInParts> {
  dropInParts ??= (async () => {
    const counted = new Set(
      Object.values(ownLibraries).flatMap(({ library, sdkModule }) => withDependencies(library, sdkModule)),
    );
    const files = await buildDropInParts((id) => {
      const name = libraryPackage(id);
      if (name === null) return null;
      return counted.has(name) ? 'element-libraries' : 'libraries';
    });
    const named = (fileName: string) => files.find((file) => file.fileName === fileName) ?? null;
    const libraries = named('libraries.js');
    const rest = named('plankit.js');
    if (libraries === null || rest === null) throw new Error('the split drop-in has no libraries.js or plankit.js');
    return { libraries, elementLibraries: named('element-libraries.js'), rest };
  })();
  return dropInParts;
}

/** The packages whose modules a built file holds, for a row's note. */
const packagesIn = (files: readonly BuiltFile[]): string =>
  [...new Set(files.flatMap((file) => file.moduleIds).flatMap((id) => libraryPackage(id) ?? []))].join(', ');

const gzipKB = (bytes: Buffer): string => formatKB(gzipSync(bytes, { level: 9 }).length);

/** The widgets with an own-code budget from their issue, and its sum (KB). */
const budgetedWidgets = Object.entries(ownBudgetsKB);
const ownBudgetsSumKB = budgetedWidgets.reduce((sum, [, kb]) => sum + kb, 0);

/** A row of the drop-in bundle: Plankit's, measurable once its entry exists. */
const dropInRow = (entry: Omit<SizeEntry, 'kind' | 'requires'>): SizeEntry => ({
  kind: 'plankit',
  requires: [dropInEntry],
  ...entry,
});

/** The issue's figure for the drop-in with all six elements, and the rows that account for it like for like. */
const dropInGoalKB = 85;
const dropInAccount: SizeEntry[] = [
  dropInRow({
    id: 'drop-in-libraries',
    label: 'drop-in, the required libraries alone (what it uses of them, built by its own config)',
    produce: async () => {
      const { libraries, elementLibraries } = await splitDropIn();
      const files = elementLibraries === null ? [libraries] : [libraries, elementLibraries];
      const mapShare =
        elementLibraries === null
          ? ''
          : `; of it ${gzipKB(elementLibraries.bytes)} KB (${packagesIn([elementLibraries])}) is also in a widget's own row`;
      return {
        files,
        note: `built from ${fromRepo(dropInEntry)} by vite.bundle.config.ts, the modules of ${packagesIn(files)} in chunks of their own (with Rolldown's module runtime, ≈ 0.1 KB)${mapShare}`,
      };
    },
  }),
  dropInRow({
    id: 'drop-in-own',
    label: 'drop-in, its own code (drop-in minus the libraries: elements, provider, shared code, SDK)',
    derive: async (rowOf) => {
      const dropIn = rowOf('drop-in');
      const libraries = rowOf('drop-in-libraries');
      const { rest } = await splitDropIn();
      return {
        gzipBytes: dropIn.gzipBytes - libraries.gzipBytes,
        minifiedBytes:
          dropIn.minifiedBytes === null || libraries.minifiedBytes === null
            ? null
            : dropIn.minifiedBytes - libraries.minifiedBytes,
        note: `the drop-in row minus the libraries row; ${gzipKB(rest.bytes)} KB gzip as the rest chunk of the same split`,
      };
    },
  }),
  dropInRow({
    id: 'drop-in-budgets',
    label: `the widgets' own-code budgets (${ownBudgetsSumKB} KB) + the required libraries`,
    derive: async (rowOf) => {
      const { elementLibraries } = await splitDropIn();
      const counted = elementLibraries === null ? 0 : gzipSync(elementLibraries.bytes, { level: 9 }).length;
      const countedBy = Object.keys(ownLibraries)
        .map((tag) => `<${tag}>`)
        .join(', ');
      return {
        gzipBytes: ownBudgetsSumKB * KB + rowOf('drop-in-libraries').gzipBytes - counted,
        minifiedBytes: null,
        note:
          `${budgetedWidgets.map(([tag, kb]) => `${tag.replace(/^pk-/, '')} ${kb}`).join(' + ')} KB (the issues' ` +
          `budgets) + the libraries row${counted === 0 ? '' : ` less what ${countedBy}'s own budget counts of it (${elementLibraries === null ? '' : packagesIn([elementLibraries])}: ${formatKB(counted)} KB)`}; ` +
          'without the provider, the SDK or the shared element code',
      };
    },
  }),
];

/** Why the drop-in's ≤ 85 KB is not held, from the rows above (the budgets already count what they include). */
function dropInGoalWhy(rowOf: MeasuredRowOf): string {
  const libraries = rowOf('drop-in-libraries').gzipBytes;
  const budgets = rowOf('drop-in-budgets').gzipBytes;
  const own = rowOf('drop-in-own').gzipBytes;
  const room = dropInGoalKB * KB - budgets;
  const shared = libraries + ownBudgetsSumKB * KB - budgets;
  const sum =
    `the libraries it requires take ${formatKB(libraries)} KB alone; with the ${budgetedWidgets.length} widgets' ` +
    `own-code budgets (${ownBudgetsSumKB} KB) that is ${formatKB(budgets)} KB` +
    (shared > 0 ? ` (the ${formatKB(shared)} KB both count, once)` : '');
  const rest =
    'the provider, the SDK (client, rules, schemas) and the shared element code ' +
    `(with the widgets, its own code is ${formatKB(own)} KB today)`;
  return room < 0
    ? `${sum}, ${formatKB(-room)} KB over ${dropInGoalKB} KB before ${rest}: out of reach within the other issues' budgets`
    : `${sum}, which leaves ${formatKB(room)} KB for ${rest}`;
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
    // entries and the provider's session context (the viewer's read-only board), 53.8 with the token sheet
    // minified. The ceiling is the issue's figure itself.
    budgetBytes: 55 * KB,
  },
  dropInRow({
    id: 'drop-in',
    label: 'drop-in bundle plankit.js (every element + provider + SDK + lit)',
    produce: async () => {
      const { file, origin } = await publishedDropIn();
      return { files: [{ fileName: 'plankit.js', bytes: readFileSync(file), moduleIds: [] }], note: `read ${origin}` };
    },
    // Whole minification (Vite's library mode had kept the whitespace and line breaks) took the bundle from 103.3 to
    // 91.7 KB; then came the gauge's and panel's export, persist-key and print styles, the map's projection from
    // d3-geo (issue 15), @lit-labs/virtualizer for the board's long columns (issue 14) and the export menu (issue
    // 18): 113.3 KB. The build then trimmed the indentation of html templates (112.5 KB) and minified the token
    // sheet, which takes the token lists in through substitutions (112.15 KB); the map's faster first draw
    // (tenths as text, path copies, bulk point projection) and the idle Intl warm-up brought it to 112.6 KB. The
    // ceiling is that rounded up to the half KB. The issue's 85 KB is accounted for like for like by the three rows
    // after this one.
    budgetBytes: 113 * KB,
    issueGoal: { bytes: dropInGoalKB * KB, why: dropInGoalWhy },
  }),
  ...dropInAccount,
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
  const rowOf: MeasuredRowOf = (id) => {
    const row = rows.find((candidate) => candidate.id === id);
    if (row?.gzipBytes === undefined || row.gzipBytes === null) throw new Error(`the row ${id} has no figure`);
    return { ...row, gzipBytes: row.gzipBytes };
  };
  const goalsToJudge: Array<{ at: number; entry: SizeEntry; gzipBytes: number }> = [];
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
      const { files, gzipBytes, minifiedBytes, note } = await weigh(entry, rowOf);
      rows.push({ ...rowBase(entry), status: 'measured', minifiedBytes, gzipBytes, note });
      if (budgetGoal && entry.budgetBytes !== undefined) {
        budgets.push(judge(budgetGoal, gzipBytes <= entry.budgetBytes, `${formatKB(gzipBytes)} KB gzip`));
      }
      // Its place, filled once every row is in: the reason may be computed from rows after this one.
      if (entry.issueGoal !== undefined)
        goalsToJudge.push({ at: budgets.push(pendingBudget('', '')) - 1, entry, gzipBytes });
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
  for (const { at, entry, gzipBytes } of goalsToJudge) {
    if (entry.issueGoal === undefined) continue;
    const goal = `${entry.label.split(' (')[0]} ≤ ${entry.issueGoal.bytes / KB} KB gzip (the issue's figure)`;
    const measured = judge(goal, gzipBytes <= entry.issueGoal.bytes, `${formatKB(gzipBytes)} KB gzip`);
    const { why } = entry.issueGoal;
    let reason: string;
    try {
      reason = typeof why === 'string' ? why : why(rowOf);
    } catch (error) {
      reason = `no reason computed: ${firstLine(error)}`;
    }
    budgets[at] = notHeld({ ...measured, measured: true }, reason);
  }
  return { rows, budgets };
}

/** The figures of one entry: its files weighed (what a page loads up front; lazy chunks in the note), or derived. */
async function weigh(
  entry: SizeEntry,
  rowOf: MeasuredRowOf,
): Promise<{ files: BuiltFile[]; gzipBytes: number; minifiedBytes: number | null; note: string }> {
  if (entry.derive !== undefined) return { files: [], ...(await entry.derive(rowOf)) };
  if (entry.produce === undefined) throw new Error(`the size entry ${entry.id} has neither produce nor derive`);
  const { files, note } = await entry.produce();
  const code = files.filter((file) => /\.(js|mjs|css)$/.test(file.fileName)).map(withoutInlinedImages);
  // What a page loads up front; chunks only a dynamic import() reaches are reported beside it.
  const weighed = code.filter((file) => file.lazy !== true);
  const lazy = code.filter((file) => file.lazy === true);
  const gzip = (list: BuiltFile[]) => list.reduce((sum, file) => sum + gzipSync(file.bytes, { level: 9 }).length, 0);
  const lazyNote = lazy.length === 0 ? '' : `; + ${formatKB(gzip(lazy))} KB gzip loaded on first use (import())`;
  return {
    files,
    gzipBytes: gzip(weighed),
    minifiedBytes: weighed.reduce((sum, file) => sum + file.bytes.length, 0),
    note: note + lazyNote,
  };
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
      row.gzipBytes === null ? row.status : row.minifiedBytes === null ? '—' : formatKB(row.minifiedBytes),
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
