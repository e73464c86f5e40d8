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

/**
 * `<root>/npm-entry.js` (examples/html's by default: `import '@plankit/elements/all'`) bundled with its
 * dependencies as resolved from `root` (the workspace's packages, or an npm install); the folder to serve.
 */
export async function buildNpmEntry(root: string = HTML_DIR, name = 'npm'): Promise<string> {
  const outDir = join(OUT_DIR, name);
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: join(root, 'npm-entry.js'), formats: ['es'], fileName: () => 'npm-entry.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return outDir;
}
