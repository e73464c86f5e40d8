// Where the benchmark finds the code it measures and puts what it builds; which Plankit elements exist yet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchRoot = fileURLToPath(new URL('../../', import.meta.url));
export const repoRoot = join(benchRoot, '..', '..');
/** Build output (gitignored): size bundles, scenario pages, reports of partial runs. */
export const outDir = join(benchRoot, '.out');
export const docsDir = join(repoRoot, 'docs');
export const sdkSrc = join(repoRoot, 'packages', 'sdk', 'src');
export const elementsRoot = join(repoRoot, 'packages', 'elements');
export const elementsSrc = join(elementsRoot, 'src');

/** The registration module of each Plankit element: a row that needs one is `pending` until it exists. */
export const elementModules = {
  provider: join(elementsSrc, 'provider', 'pk-provider.ts'),
  kpiGauge: join(elementsSrc, 'kpi-gauge', 'pk-kpi-gauge.ts'),
  kpiPanel: join(elementsSrc, 'kpi-panel', 'pk-kpi-panel.ts'),
  taskBoard: join(elementsSrc, 'task-board', 'pk-task-board.ts'),
  gridMap: join(elementsSrc, 'grid-map', 'pk-grid-map.ts'),
  retailerTiers: join(elementsSrc, 'retailer-tiers', 'pk-retailer-tiers.ts'),
} as const;
export type ElementName = keyof typeof elementModules;

/** The entry of the drop-in bundle, and the bundle itself once `pnpm build` has made it. */
export const dropInEntry = join(elementsSrc, 'all.ts');
export const dropInBuilt = join(elementsRoot, 'dist', 'plankit.js');

/** The files a row needs that do not exist yet (empty when it can run). */
export function missingModules(paths: readonly string[]): string[] {
  return paths.filter((path) => !existsSync(path));
}

/** A path relative to the repository, for messages and reports. */
export function fromRepo(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length).replace(/^[\\/]/, '') : path;
}
