// The browser code under test: the drop-in bundle (dist/plankit.js from `pnpm build`, or a fresh build of it
// when that is missing or older than its sources), the SDK for the CSP page, and an npm-style build of
// @plankit/elements with its own copy of lit for the double-definition page. Built with Vite's JS API into
// node_modules/.cache/hardening/, and reused while the sources are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CACHE_DIR, DROP_IN_BUNDLE, ELEMENTS_DIR, PAGES_DIR, SDK_DIR } from './paths.js';

export interface BuiltBundle {
  file: string;
  /** Where it came from, for the report. */
  origin: string;
}

function newestSourceTime(dirs: readonly string[]): number {
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

function fingerprint(dirs: readonly string[], extra: string): string {
  return createHash('sha256')
    .update(`${newestSourceTime(dirs)}:${extra}`)
    .digest('hex')
    .slice(0, 16);
}

const SOURCE_DIRS = [join(ELEMENTS_DIR, 'src'), join(SDK_DIR, 'src')];

/** Run `make` into the cache folder `name` unless the build there matches `key`; the built file's path. */
async function cachedBuild(
  name: string,
  key: string,
  make: (outDir: string) => Promise<void>,
  fileName: string,
): Promise<string> {
  const outDir = join(CACHE_DIR, name);
  const file = join(outDir, fileName);
  const keyFile = join(outDir, '.key');
  if (existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return file;
  mkdirSync(outDir, { recursive: true });
  await make(outDir);
  writeFileSync(keyFile, key);
  return file;
}

async function libraryBuild(entry: string, outDir: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    root: ELEMENTS_DIR,
    resolve: { conditions: ['@plankit/source'] },
    build: {
      target: 'es2021',
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

/** dist/plankit.js when `pnpm build` made it from the current sources; otherwise a build of our own. */
export async function dropInBundle(): Promise<BuiltBundle> {
  const newest = newestSourceTime(SOURCE_DIRS);
  if (existsSync(DROP_IN_BUNDLE) && statSync(DROP_IN_BUNDLE).mtimeMs >= newest) {
    return { file: DROP_IN_BUNDLE, origin: 'packages/elements/dist/plankit.js' };
  }
  const file = await cachedBuild(
    'drop-in',
    fingerprint(SOURCE_DIRS, 'drop-in'),
    async (outDir) => {
      await build({
        configFile: join(ELEMENTS_DIR, 'vite.bundle.config.ts'),
        root: ELEMENTS_DIR,
        logLevel: 'error',
        build: { outDir, emptyOutDir: true, sourcemap: false },
      });
    },
    'plankit.js',
  );
  return {
    file,
    origin: 'built by the suite from packages/elements/vite.bundle.config.ts (dist/plankit.js missing or stale)',
  };
}

/** The SDK's schemas, validation and county generator as one browser module (served as /sdk.js). */
export async function sdkBundle(): Promise<BuiltBundle> {
  const entry = join(PAGES_DIR, 'sdk-entry.ts');
  const file = await cachedBuild(
    'sdk',
    fingerprint([join(SDK_DIR, 'src'), PAGES_DIR], 'sdk'),
    (outDir) => libraryBuild(entry, outDir, 'sdk.js'),
    'sdk.js',
  );
  return { file, origin: 'pages/sdk-entry.ts bundled with Vite' };
}

/**
 * An entry of @plankit/elements as an npm consumer's bundler would ship it (`all`, or one registration such as
 * `provider/pk-provider`): the package's built module with lit, @lit/context and the SDK bundled in, so the
 * page gets a second, independent copy of lit.
 */
export async function npmBuild(entryName: 'all' | 'provider/pk-provider' = 'all'): Promise<BuiltBundle> {
  const built = join(ELEMENTS_DIR, 'dist', `${entryName}.js`);
  const fresh = existsSync(built) && statSync(built).mtimeMs >= newestSourceTime([join(ELEMENTS_DIR, 'src')]);
  const entry = fresh ? built : join(ELEMENTS_DIR, 'src', `${entryName}.ts`);
  const fileName = `${entryName.replace(/\//g, '-')}.js`;
  const file = await cachedBuild(
    `npm-${fileName}`,
    fingerprint(SOURCE_DIRS, `npm:${entry}`),
    (outDir) => libraryBuild(entry, outDir, fileName),
    fileName,
  );
  return {
    file,
    origin: fresh
      ? `packages/elements/dist/${entryName}.js (the npm build) bundled with its own lit`
      : `packages/elements/src/${entryName}.ts bundled with its own lit (dist/${entryName}.js missing or stale)`,
  };
}
