// Where the benchmark finds the code it measures and puts what it builds; which Plankit elements exist yet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registrationModule, widgets } from '@plankit/elements/widgets';
import {
  dropInBuilt as publishedDropIn,
  elementsRoot as elementsPackage,
  fromRepo,
  repoRoot,
} from '@plankit/harness/paths';

export { fromRepo, repoRoot };
export const benchRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Build output (gitignored): size bundles, scenario pages, reports of partial runs. */
export const outDir = join(benchRoot, '.out');
export const docsDir = join(repoRoot, 'docs');
export const sdkSrc = join(repoRoot, 'packages', 'sdk', 'src');
export const elementsRoot = elementsPackage;
export const elementsSrc = join(elementsRoot, 'src');

/**
 * The registration module of each Plankit element, by tag, from the package's one list of elements
 * (`@plankit/elements/widgets`): a widget joins the benchmark by being listed there.
 */
export const elementModules: ReadonlyMap<string, string> = new Map(
  widgets.map((widget) => [widget.tag, join(elementsSrc, `${registrationModule(widget)}.ts`)]),
);
/** A Plankit element by its tag. */
export type ElementName = `pk-${string}`;

/** The registration module of an element; throws for a tag the list does not have. */
export function elementModule(tag: ElementName): string {
  const path = elementModules.get(tag);
  if (path === undefined) throw new Error(`<${tag}> is not in @plankit/elements' list of elements`);
  return path;
}

/** Why elements cannot be measured yet: not listed, or listed without their module (empty when they can). */
export function unavailableElements(tags: readonly ElementName[]): string[] {
  return tags.flatMap((tag) => {
    const path = elementModules.get(tag);
    if (path === undefined) return [`<${tag}> is not in packages/elements/src/widgets.ts yet`];
    return existsSync(path) ? [] : [`${fromRepo(path)} does not exist yet`];
  });
}

/** The entry of the drop-in bundle, and the bundle itself once `pnpm build` has made it. */
export const dropInEntry = join(elementsSrc, 'all.ts');
export const dropInBuilt = publishedDropIn;

/** The files a row needs that do not exist yet (empty when it can run). */
export function missingModules(paths: readonly string[]): string[] {
  return paths.filter((path) => !existsSync(path));
}
