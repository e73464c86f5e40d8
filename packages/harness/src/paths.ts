// Where the harness finds the repository's packages and the drop-in bundle `pnpm build` makes.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const harnessRoot = fileURLToPath(new URL('../', import.meta.url));
export const repoRoot = join(harnessRoot, '..', '..');
export const elementsRoot = join(repoRoot, 'packages', 'elements');
export const sdkRoot = join(repoRoot, 'packages', 'sdk');
export const serverRoot = join(repoRoot, 'packages', 'server');
/** The drop-in bundle as published: `pnpm build` writes it with packages/elements/vite.bundle.config.ts. */
export const dropInBuilt = join(elementsRoot, 'dist', 'plankit.js');

/** A path relative to the repository, for messages and reports. */
export function fromRepo(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length).replace(/^[\\/]/, '') : path;
}
