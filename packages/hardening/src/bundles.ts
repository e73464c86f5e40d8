// The browser code under test, from the shared bundle builder (@plankit/harness/bundle): the drop-in bundle as
// published (packages/elements/dist/plankit.js, built by the package's own config when missing or stale), the
// test pages' own scripts, the SDK for the CSP page, and an npm-style build of @plankit/elements with its own
// copy of lit for the double-definition page. Built with the published elements' build steps into
// node_modules/.cache/hardening/, and reused while the sources are unchanged.
import { join } from 'node:path';
import {
  bundler,
  cachedBuild,
  newestSourceTime,
  publishedDropIn,
  publishedSources,
  sourceFingerprint,
  type BuiltBundle,
} from '@plankit/harness/bundle';
import { existsSync, statSync } from 'node:fs';
import { CACHE_DIR, ELEMENTS_DIR, HARDENING_DIR, PAGES_DIR, SDK_DIR } from './paths.js';

export type { BuiltBundle } from '@plankit/harness/bundle';

const builds = bundler(HARDENING_DIR);

/** dist/plankit.js, as `pnpm build` makes it (built first, by the package's own config, when missing or stale). */
export function dropInBundle(): Promise<BuiltBundle> {
  return publishedDropIn();
}

/** The scripts of every test page (pages/*.ts), served under /pages/: the folder they were built into. */
export function pageScripts(): Promise<string> {
  return cachedBuild(
    join(CACHE_DIR, 'pages'),
    sourceFingerprint([PAGES_DIR, join(HARDENING_DIR, 'src')], 'pages'),
    (outDir) =>
      builds.buildModules(
        {
          'pages/early': join(PAGES_DIR, 'early.ts'),
          'pages/harness': join(PAGES_DIR, 'harness.ts'),
          'pages/fake-writer': join(PAGES_DIR, 'fake-writer.ts'),
        },
        outDir,
      ),
  );
}

/** The SDK's schemas, validation and county generator as one browser module (served as /sdk.js). */
export async function sdkBundle(): Promise<BuiltBundle> {
  const dir = await cachedBuild(
    join(CACHE_DIR, 'sdk'),
    sourceFingerprint([join(SDK_DIR, 'src'), PAGES_DIR], 'sdk'),
    (outDir) => builds.buildModules({ sdk: join(PAGES_DIR, 'sdk-entry.ts') }, outDir),
  );
  return { file: join(dir, 'sdk.js'), origin: 'pages/sdk-entry.ts bundled with Vite' };
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
  const name = entryName.replace(/\//g, '-');
  const dir = await cachedBuild(
    join(CACHE_DIR, `npm-${name}`),
    sourceFingerprint(publishedSources, `npm:${entry}`),
    (outDir) => builds.buildModules({ [name]: entry }, outDir),
  );
  return {
    file: join(dir, `${name}.js`),
    origin: fresh
      ? `packages/elements/dist/${entryName}.js (the npm build) bundled with its own lit`
      : `packages/elements/src/${entryName}.ts bundled with its own lit (dist/${entryName}.js missing or stale)`,
  };
}
