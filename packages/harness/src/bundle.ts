// The one bundle builder of the browser suites (Vite 8's JS API, esbuild for the esbuild column of the sizes):
// Plankit sources always get the build steps of the published elements (the CSS of Lit templates minified), read
// from packages/elements/vite.config.ts, so what a page loads is what the package ships. The drop-in bundle is
// the published file itself (dist/plankit.js), built with the package's own config when it is missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
import { dropInBuilt, elementsRoot, fromRepo, sdkRoot } from './paths.js';

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

/** The browser floor the published builds target (docs/embedding.md). */
export const browserFloor = ['chrome109', 'safari16.4', 'firefox115'];

/** The elements' own build steps (the CSS of Lit templates minified), read from the config of their npm build. */
async function elementsBuildPlugins() {
  const file = join(elementsRoot, 'vite.config.ts');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file, undefined, 'silent');
  if (loaded === null) throw new Error(`cannot load ${file}`);
  return loaded.config.plugins ?? [];
}

let plugins: ReturnType<typeof elementsBuildPlugins> | null = null;

// Workspace packages resolve to their sources (the "@plankit/source" export condition) and get the elements' own
// build steps, as in the published builds; peers' `process.env.NODE_ENV` checks are folded as any application
// bundler would.
async function sharedConfig(root: string) {
  plugins ??= elementsBuildPlugins();
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions: ['@plankit/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: await plugins,
  } satisfies InlineConfig;
}

/** What a built page is made of: the entry script and the stylesheets its HTML must link. */
export interface BuiltPage {
  script: string;
  stylesheets: string[];
}

/** The builds of one package (`root`: where bare imports of peers resolve from and esbuild works). */
export interface Bundler {
  /**
   * Bundles one entry as a library (ES module, for the browser floor) with every byte minified: Vite keeps the
   * whitespace and `#__PURE__` comments of ES libraries for the next bundler, but a page ships what an application
   * build makes. Nothing is written: the bytes are weighed in memory.
   */
  buildLibrary(entry: string, external?: ExternalTest): Promise<BuiltFile[]>;
  /**
   * The same entry bundled by esbuild, as a consumer on esbuild (or a tool built on it) gets it: minified ES
   * module, the "@plankit/source" condition for workspace packages, the browser floor as the target.
   */
  buildWithEsbuild(entry: string): Promise<BuiltFile[]>;
  /**
   * Builds a page as an application into `outDir`: `modules` are imported first, in order (the Plankit element
   * registrations a Plankit variant needs), then the page entry.
   */
  buildPage(pageEntry: string, modules: readonly string[], outDir: string): Promise<BuiltPage>;
  /**
   * Browser modules for test pages, one file per entry (`name` → `outDir/name.js`), exports kept, not minified
   * (readable stack traces), with the same build steps as the published elements.
   */
  buildModules(entries: Readonly<Record<string, string>>, outDir: string): Promise<void>;
}

export function bundler(root: string): Bundler {
  return {
    async buildLibrary(entry, external) {
      const result = await build({
        ...(await sharedConfig(root)),
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
    },

    async buildWithEsbuild(entry) {
      const outdir = join(root, '.out', 'esbuild');
      const result = await esbuild({
        entryPoints: [entry],
        absWorkingDir: root,
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
        for (const imported of outputs[name]?.imports ?? [])
          if (imported.kind === 'import-statement') visit(imported.path);
      };
      // A dynamically imported module is an entry point in esbuild's metafile too: start from the one given.
      const given = relative(root, entry).split(sep).join('/');
      for (const [name, output] of Object.entries(outputs)) if (output.entryPoint === given) visit(name);
      return result.outputFiles.map((file) => {
        const name = relative(root, file.path).split(sep).join('/');
        return {
          fileName: file.path.split(/[\\/]/).pop() ?? 'bundle.js',
          bytes: Buffer.from(file.contents),
          moduleIds: Object.keys(outputs[name]?.inputs ?? {}).map((input) => resolve(root, input)),
          lazy: !eager.has(name),
        };
      });
    },

    async buildPage(pageEntry, modules, outDir) {
      const entryId = '\0bench-page-entry';
      const entryPlugin: Plugin = {
        name: 'bench-page-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) =>
          id === entryId ? [...modules, pageEntry].map((path) => `import ${JSON.stringify(path)};`).join('\n') : null,
      };
      const shared = await sharedConfig(root);
      const result = await build({
        ...shared,
        plugins: [...shared.plugins, entryPlugin],
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
      return {
        script: 'main.js',
        stylesheets: files.map((file) => file.fileName).filter((name) => name.endsWith('.css')),
      };
    },

    async buildModules(entries, outDir) {
      await build({
        ...(await sharedConfig(root)),
        logLevel: 'error',
        build: {
          target: browserFloor,
          outDir,
          emptyOutDir: true,
          minify: false,
          sourcemap: false,
          reportCompressedSize: false,
          copyPublicDir: false,
          lib: { entry: { ...entries }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: { output: { chunkFileNames: 'chunk-[hash].js' } },
        },
      });
    },
  };
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

/** The newest modification time of the TypeScript sources (tests left out) under `dirs`. */
export function newestSourceTime(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist') continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const dir of dirs) walk(dir);
  return newest;
}

/** A key that changes when a source under `dirs` does (or `extra` does). */
export function sourceFingerprint(dirs: readonly string[], extra: string): string {
  return createHash('sha256')
    .update(`${newestSourceTime(dirs)}:${extra}`)
    .digest('hex')
    .slice(0, 16);
}

/** Runs `make` into `outDir` unless the build there matches `key`; resolves with `outDir`. */
export async function cachedBuild(
  outDir: string,
  key: string,
  make: (outDir: string) => Promise<void>,
): Promise<string> {
  const keyFile = join(outDir, '.key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return outDir;
  mkdirSync(outDir, { recursive: true });
  await make(outDir);
  writeFileSync(keyFile, key);
  return outDir;
}

/** The sources of the published browser code: the elements and the SDK they bundle. */
export const publishedSources = [join(elementsRoot, 'src'), join(sdkRoot, 'src')];

export interface BuiltBundle {
  file: string;
  /** Where it came from, for reports. */
  origin: string;
}

/**
 * The drop-in bundle as published: packages/elements/dist/plankit.js. When it is missing or older than its
 * sources, it is built first, by the package's own config (vite.bundle.config.ts, the step `pnpm build` runs) into
 * the package's dist/, so the file under test is always the one `pnpm build` makes, never a variant.
 */
export async function publishedDropIn(): Promise<BuiltBundle> {
  const origin = fromRepo(dropInBuilt);
  if (existsSync(dropInBuilt) && statSync(dropInBuilt).mtimeMs >= newestSourceTime(publishedSources)) {
    return { file: dropInBuilt, origin };
  }
  await build({ configFile: join(elementsRoot, 'vite.bundle.config.ts'), root: elementsRoot, logLevel: 'error' });
  return { file: dropInBuilt, origin: `${origin} (rebuilt by its own config: it was missing or stale)` };
}

/**
 * The drop-in bundle cut into parts, for the size rows that attribute it: built by the package's own config
 * (vite.bundle.config.ts: the same plugins, target and minification as dist/plankit.js), except that each module
 * `partOf` names goes into a chunk of that name (`<name>.js`) and the rest stays in the entry chunk (`plankit.js`).
 * Tree-shaking is the whole bundle's, so a part holds exactly what the drop-in uses of its modules. Nothing is
 * written.
 */
export async function buildDropInParts(partOf: (moduleId: string) => string | null): Promise<BuiltFile[]> {
  const result = await build({
    configFile: join(elementsRoot, 'vite.bundle.config.ts'),
    root: elementsRoot,
    logLevel: 'error',
    build: {
      write: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: (id: string) => partOf(id) }] },
          chunkFileNames: '[name].js',
        },
      },
    },
  });
  return builtFiles(result);
}
