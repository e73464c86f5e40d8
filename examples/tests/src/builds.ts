// Vite builds the tests serve: each example app with its own config (as `pnpm build` in its folder would), and
// an npm user's build of `import '@plankit/elements/all'` (dist/all.js with its own copy of lit).
import { join } from 'node:path';
import { build } from 'vite';
import { HTML_DIR, OUT_DIR } from './paths.js';

/** Build the app in `root` into OUT_DIR/<name>/; the folder to serve. */
export async function buildApp(root: string, name: string): Promise<string> {
  const outDir = join(OUT_DIR, name);
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** examples/html/npm-entry.js bundled with its dependencies resolved from npm packages; the folder to serve. */
export async function buildNpmEntry(): Promise<string> {
  const outDir = join(OUT_DIR, 'npm');
  await build({
    configFile: false,
    root: HTML_DIR,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: join(HTML_DIR, 'npm-entry.js'), formats: ['es'], fileName: () => 'npm-entry.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return outDir;
}
