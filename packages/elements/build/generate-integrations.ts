// Writes the editor and framework types of the package from the custom-elements manifest (custom-elements.json,
// made by `pnpm analyze`), with the break-stuff generators (custom-element-jsx-integration,
// custom-element-vuejs-integration, custom-element-vs-code-integration):
//   integrations/react.d.ts                   `IntrinsicElements` of React 19's `JSX` (`@plankit/elements/react`)
//   integrations/vue.d.ts                     Vue's `GlobalComponents` (`@plankit/elements/vue`)
//   integrations/vscode.html-custom-data.json VS Code's HTML custom data (tags, attributes, descriptions)
//   integrations/vscode.css-custom-data.json  VS Code's CSS custom data (the `--pk-*` tokens, the parts)
//
//   node --import tsx build/generate-integrations.ts           rewrite them
//   node --import tsx build/generate-integrations.ts --check   exit 1, naming each, when one is stale (the test command)
//
// What is kept by hand here, and why (each is checked, so a new generator version that fixes or changes it fails
// loudly instead of writing wrong types):
// - the manifest is cleaned first: the analyzer lists `dispatchEvent(new PkErrorEvent(…))` call sites as events
//   without a name (the generators would write `onundefined`), and `lang` (documented with `@attribute` on the
//   base class, it has no field) would become `Element["undefined"]`; `lang` is a global attribute anyway;
// - the generators type a handler as `(e: CustomEvent<T>) => void` with the manifest's event type as the
//   *detail*; ours are event classes (`KpiSelectEvent extends Event`, with a typed `detail`), so `T` is the event;
// - their import lists repeat names (one per element that fires the event): repeated names are dropped;
// - Vue listens through camel-cased `onPk…` props: the Vue file's `"onpk-…"` props are renamed;
// - the JSX generator leaves the module augmentation to the user; `react.d.ts` ends with React 19's.
// Output goes through Prettier with the repository's settings, so a generated file is also a formatted one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(packageRoot, 'integrations');
const GENERATE = 'pnpm --filter @plankit/elements generate:integrations';

/** The parts of a manifest this script reads or changes (the rest is passed through untouched). */
interface ManifestEvent {
  name?: string;
  type?: { text: string };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  events?: ManifestEvent[];
  attributes?: ManifestAttribute[];
}
/** The manifest as the generators take it. */
export type Manifest = Parameters<typeof generateJsxTypes>[0];

/** A copy without unnamed events and without attributes that have no field (see the header). */
export function cleanManifest(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of (module.declarations ?? []) as ManifestDeclaration[]) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== undefined);
      if (declaration.attributes)
        declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName !== undefined);
    }
  }
  return copy;
}

/** Replace `pattern` in `text`, failing when it does not occur (the generator's output changed). */
function fix(text: string, file: string, what: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`${file}: expected ${what} in the generator's output; check this fix-up`);
  return text.replace(pattern, replacement);
}

/** Event handlers take the event class itself: `(e: CustomEvent<KpiSelectEvent>)` → `(e: KpiSelectEvent)`. */
export function fixEventTypes(text: string, file: string): string {
  return fix(text, file, 'CustomEvent<…Event> handlers', /CustomEvent<(\w+Event)>/g, '$1');
}

/** Drop names repeated in the `import type { … } from '@plankit/elements'` list. */
export function dedupeImports(text: string, file: string): string {
  const pattern = /import type \{([^}]*)\} from "@plankit\/elements";/;
  const match = pattern.exec(text);
  if (match?.[1] === undefined) throw new Error(`${file}: expected the import of @plankit/elements`);
  const names = [...new Set(match[1].split(',').map((name) => name.trim()))].filter((name) => name !== '');
  return text.replace(pattern, `import type { ${names.join(', ')} } from "@plankit/elements";`);
}

/**
 * Vue compiles `@pk-kpi-select` to the prop `onPkKpiSelect` (and listens to `pk-kpi-select` at run time), so
 * vue-tsc types a listener by that name; the generator writes `"onpk-kpi-select"`, which it never matches.
 */
export function vueEventProps(text: string): string {
  return text.replace(/["']on(pk-[a-z-]+)["']\?:/g, (_match, event: string) => {
    const camel = event.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase());
    return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}?:`;
  });
}

const REACT_AUGMENTATION = `
// React 19: the tags as intrinsic elements of JSX (props set as properties, \`onpk-*\` props as event listeners).
declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

/** Every output file: its name under integrations/ and its formatted text. */
export async function integrationFiles(manifest: Manifest): Promise<Map<string, string>> {
  const clean = cleanManifest(manifest);
  const scratch = mkdtempSync(join(tmpdir(), 'plankit-integrations-'));
  try {
    // Types are imported from the package itself (a self-reference), so the files work in the workspace (source)
    // and in the published package (dist) alike.
    const types = { globalTypePath: '@plankit/elements', hideLogs: true, outdir: scratch } as const;
    generateJsxTypes(clean, { ...types, fileName: 'react.d.ts' });
    generateVuejsTypes(clean, { ...types, fileName: 'vue.d.ts' });
    generateVsCodeCustomElementData(clean, {
      outdir: scratch,
      hideLogs: true,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    });
    const read = (name: string) => readFileSync(join(scratch, name), 'utf8');
    let react = read('react.d.ts');
    react = dedupeImports(fixEventTypes(react, 'react.d.ts'), 'react.d.ts');
    react = fix(react, 'react.d.ts', 'the CustomElements type', /export type CustomElements = \{/, '$&');
    react += REACT_AUGMENTATION;
    let vue = dedupeImports(fixEventTypes(read('vue.d.ts'), 'vue.d.ts'), 'vue.d.ts');
    vue = vueEventProps(fix(vue, 'vue.d.ts', '"onpk-…" listener props', /"onpk-/, '$&'));
    const header = (text: string) =>
      `// Generated from custom-elements.json by \`${GENERATE}\` (build/generate-integrations.ts): do not edit.\n${text}`;
    const raw = new Map<string, [string, string]>([
      ['react.d.ts', [header(react), 'typescript']],
      ['vue.d.ts', [header(vue), 'typescript']],
      ['vscode.html-custom-data.json', [read('vscode.html-custom-data.json'), 'json']],
      ['vscode.css-custom-data.json', [read('vscode.css-custom-data.json'), 'json']],
    ]);
    const files = new Map<string, string>();
    for (const [name, [text, parser]] of raw) {
      const path = join(outDir, name);
      const options = (await resolveConfig(path)) ?? {};
      files.set(name, await format(text, { ...options, parser, filepath: path }));
    }
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function readManifest(): Manifest {
  const path = join(packageRoot, 'custom-elements.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`${path} is missing or unreadable: run \`pnpm analyze\` first`, { cause: error });
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await integrationFiles(readManifest());
  const stale: string[] = [];
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) {
    const path = join(outDir, name);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing: stale
    }
    if (current === text) continue;
    stale.push(`integrations/${name}`);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length > 0) {
    console.error(`Stale generated files (run \`${GENERATE}\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.info(check ? 'integrations: up to date' : `integrations: ${stale.length} file(s) written`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
