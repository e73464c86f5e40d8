// Writes the files that must name every element, from the one list in src/widgets.ts: src/all.ts, the
// element exports of src/index.ts and the `./pk-*` entries of package.json `exports`.
//   node --import tsx build/generate-widgets.ts           rewrite them
//   node --import tsx build/generate-widgets.ts --check   exit 1, naming each, when one is stale (the test command)
// Output goes through Prettier with the repository's settings, so a generated file is also a formatted one.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { classModule, registrationModule, widgets, type WidgetEntry } from '../src/widgets.js';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const GENERATE = 'pnpm --filter @plankit/elements generate';
const INDEX_START = `// Elements: generated from src/widgets.ts by \`${GENERATE}\` (edit the list, not these lines).`;
const INDEX_END = '// End of the generated elements.';

/** src/all.ts: registers every element, in the list's order (the provider first). */
export function allModule(list: readonly WidgetEntry[]): string {
  return [
    `// Registers every element: the entry of the drop-in bundle (dist/plankit.js) and of \`@plankit/elements/all\`.`,
    `// Generated from src/widgets.ts by \`${GENERATE}\`: edit the list, not this file.`,
    ...list.map((widget) => `import './${registrationModule(widget)}.js';`),
    '',
    "export * from './index.js';",
    '',
  ].join('\n');
}

/** The element exports of src/index.ts: each class as a value (registering nothing) and its types. */
export function indexExports(list: readonly WidgetEntry[]): string {
  return [
    INDEX_START,
    ...list.map((widget) => {
      const names = [widget.className, ...widget.types.map((type) => `type ${type}`)].join(', ');
      return `export { ${names} } from './${classModule(widget)}.js';`;
    }),
    INDEX_END,
  ].join('\n');
}

/** src/index.ts with its generated block replaced; throws when the markers are missing. */
export function indexModule(current: string, list: readonly WidgetEntry[]): string {
  const start = current.indexOf(INDEX_START);
  const end = current.indexOf(INDEX_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`src/index.ts: the generated block (from "${INDEX_START}" to "${INDEX_END}") is missing`);
  }
  return current.slice(0, start) + indexExports(list) + current.slice(end + INDEX_END.length);
}

type Exports = Record<string, string | Record<string, string>>;

/** The `./<tag>` export of each element: its source (for the workspace), types and build. */
export function elementExports(list: readonly WidgetEntry[]): Exports {
  return Object.fromEntries(
    list.map((widget) => {
      const module = registrationModule(widget);
      return [
        `./${widget.tag}`,
        { '@plankit/source': `./src/${module}.ts`, types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` },
      ];
    }),
  );
}

/** package.json with its `./pk-*` exports replaced by the list's, where the first of them stood (else after ./all). */
export function packageManifest(current: string, list: readonly WidgetEntry[]): string {
  const manifest = JSON.parse(current) as { exports: Exports };
  const generated = elementExports(list);
  const exports: Exports = {};
  let placed = false;
  const place = () => {
    if (!placed) Object.assign(exports, generated);
    placed = true;
  };
  for (const [key, value] of Object.entries(manifest.exports)) {
    if (key.startsWith('./pk-')) {
      place();
      continue;
    }
    exports[key] = value;
    if (key === './all' && !Object.keys(manifest.exports).some((other) => other.startsWith('./pk-'))) place();
  }
  place();
  return `${JSON.stringify({ ...manifest, exports }, null, 2)}\n`;
}

export interface GeneratedFile {
  /** Path from the package root. */
  path: string;
  /** What the file should hold, formatted. */
  expected: string;
  /** What it holds now. */
  current: string;
}

/** Every generated file, as it should be and as it is. */
export async function generatedFiles(list: readonly WidgetEntry[] = widgets): Promise<GeneratedFile[]> {
  const files: Array<[string, (current: string) => string]> = [
    ['src/all.ts', () => allModule(list)],
    ['src/index.ts', (current) => indexModule(current, list)],
    ['package.json', (current) => packageManifest(current, list)],
  ];
  return Promise.all(
    files.map(async ([path, make]) => {
      const file = join(packageRoot, path);
      const current = readFileSync(file, 'utf8');
      const options = (await resolveConfig(file)) ?? {};
      return { path, current, expected: await format(make(current), { ...options, filepath: file }) };
    }),
  );
}

async function main(check: boolean): Promise<number> {
  const stale = (await generatedFiles()).filter((file) => file.expected !== file.current);
  for (const file of stale) {
    const shown = relative(process.cwd(), join(packageRoot, file.path));
    if (check) console.error(`${shown} is stale: run \`${GENERATE}\` and commit the result`);
    else writeFileSync(join(packageRoot, file.path), file.expected);
    if (!check) console.info(`wrote ${shown}`);
  }
  if (check && stale.length === 0) console.info('generated files are current (src/all.ts, src/index.ts, package.json)');
  return check && stale.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.includes('--check'));
}
