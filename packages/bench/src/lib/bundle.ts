// Vite 8 builds for the benchmark: fully minified library bundles to weigh, and the pages the scenarios time.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import {
  build,
  defaultClientConditions,
  loadConfigFromFile,
  type InlineConfig,
  type Plugin,
  type Rolldown,
} from 'vite';
import { benchRoot, elementsRoot } from './paths.js';

/** Decides which imports stay out of a bundle; gets the import as written and the importing file. */
export type ExternalTest = (id: string, importer: string | undefined) => boolean;

/** One file a build wrote: its name, its bytes and, for code, the modules that went into it. */
export interface BuiltFile {
  fileName: string;
  bytes: Buffer;
  moduleIds: readonly string[];
  /**
   * A chunk only a dynamic `import()` reaches (the change stream's SSE parser): a page loads it when it first
   * uses that feature, not with the page. Size budgets weigh what a page loads up front.
   */
  lazy?: boolean;
}

/** The elements' own build steps (the CSS of Lit templates minified), read from the config of their npm build. */
async function elementsBuildPlugins() {
  const file = join(elementsRoot, 'vite.config.ts');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file, undefined, 'silent');
  if (loaded === null) throw new Error(`cannot load ${file}`);
  return loaded.config.plugins ?? [];
}

// Workspace packages resolve to their sources (the "@plankit/source" export condition) and get the elements' own build
// steps, as in the published builds; peers' `process.env.NODE_ENV` checks are folded as any application bundler
// would.
/** The browser floor the published builds target (docs/embedding.md). */
const browserFloor = ['chrome109', 'safari16.4', 'firefox115'];

const sharedConfig = {
  configFile: false,
  root: benchRoot,
  mode: 'production',
  logLevel: 'warn',
  publicDir: false,
  resolve: { conditions: ['@plankit/source', ...defaultClientConditions] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: await elementsBuildPlugins(),
} satisfies InlineConfig;

/**
 * Bundles one entry as a library (ES module, for the browser floor) with every byte minified: Vite keeps the whitespace and
 * `#__PURE__` comments of ES libraries for the next bundler, but a page ships what an application build makes.
 * Nothing is written: the bytes are weighed in memory.
 */
export async function buildLibrary(entry: string, external?: ExternalTest): Promise<BuiltFile[]> {
  const result = await build({
    ...sharedConfig,
    build: {
      target: browserFloor,
      write: false,
      emptyOutDir: false,
      minify: 'oxc',
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js', cssFileName: 'bundle' },
      rolldownOptions: {
        ...(external ? { external: (id: string, importer: string | undefined) => external(id, importer) } : {}),
        output: { minify: true, comments: false },
      },
    },
  });
  return builtFiles(result);
}

/**
 * The same entry bundled by esbuild, as a consumer on esbuild (or a tool built on it) gets it: minified ES
 * module, the "@plankit/source" condition for workspace packages, the browser floor as the target.
 */
export async function buildWithEsbuild(entry: string): Promise<BuiltFile[]> {
  const outdir = join(benchRoot, '.out', 'esbuild');
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: benchRoot,
    bundle: true,
    write: false,
    // Splitting, as an application build has it: what the code imports dynamically becomes its own chunk.
    splitting: true,
    outdir,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: browserFloor,
    conditions: ['@plankit/source'],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = result.metafile.outputs;
  // Chunks reached from the entry by static imports load with the page; the rest only on a dynamic import().
  const eager = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  // A dynamically imported module is an entry point in esbuild's metafile too: start from the one given.
  const given = relative(benchRoot, entry).split(sep).join('/');
  for (const [name, output] of Object.entries(outputs)) if (output.entryPoint === given) visit(name);
  return result.outputFiles.map((file) => {
    const name = relative(benchRoot, file.path).split(sep).join('/');
    return {
      fileName: file.path.split(/[\\/]/).pop() ?? 'bundle.js',
      bytes: Buffer.from(file.contents),
      moduleIds: Object.keys(outputs[name]?.inputs ?? {}).map((input) => resolve(benchRoot, input)),
      lazy: !eager.has(name),
    };
  });
}

/** What a built page is made of: the entry script and the stylesheets its HTML must link. */
export interface BuiltPage {
  script: string;
  stylesheets: string[];
}

/**
 * Builds a scenario page as an application: `modules` are imported first, in order (the Plankit element
 * registrations a Plankit variant needs), then the page entry.
 */
export async function buildPage(pageEntry: string, modules: readonly string[], outDir: string): Promise<BuiltPage> {
  const entryId = '\0bench-page-entry';
  const entryPlugin: Plugin = {
    name: 'bench-page-entry',
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) =>
      id === entryId ? [...modules, pageEntry].map((path) => `import ${JSON.stringify(path)};`).join('\n') : null,
  };
  const result = await build({
    ...sharedConfig,
    plugins: [...sharedConfig.plugins, entryPlugin],
    build: {
      target: browserFloor,
      outDir,
      emptyOutDir: true,
      minify: 'oxc',
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { main: entryId },
        output: {
          entryFileNames: 'main.js',
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: '[name]-[hash][extname]',
        },
      },
    },
  });
  const files = builtFiles(result);
  return { script: 'main.js', stylesheets: files.map((file) => file.fileName).filter((name) => name.endsWith('.css')) };
}

function builtFiles(result: Awaited<ReturnType<typeof build>>): BuiltFile[] {
  const outputs: Rolldown.RolldownOutput[] = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  if (outputs.length === 0) throw new Error('Vite returned a watcher instead of a build');
  return outputs.flatMap((output) => {
    const chunks = new Map(
      output.output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
    );
    // Chunks reached from an entry by static imports load with the page; the rest only on a dynamic import().
    const eager = new Set<string>();
    const visit = (name: string) => {
      if (eager.has(name)) return;
      eager.add(name);
      for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    return output.output.map((file) =>
      file.type === 'chunk'
        ? {
            fileName: file.fileName,
            bytes: Buffer.from(file.code),
            moduleIds: file.moduleIds,
            lazy: !eager.has(file.fileName),
          }
        : { fileName: file.fileName, bytes: Buffer.from(file.source), moduleIds: [] },
    );
  });
}

/** An import written relative to its importer, made absolute (bare package names are returned unchanged). */
export function absoluteImport(id: string, importer: string | undefined): string {
  if (isAbsolute(id)) return id;
  if (importer && (id.startsWith('./') || id.startsWith('../'))) return resolve(join(importer, '..'), id);
  return id;
}
