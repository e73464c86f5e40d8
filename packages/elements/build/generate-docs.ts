// Writes each element's reference in docs/elements.md from the custom-elements manifest (custom-elements.json,
// made by `pnpm analyze`, itself read from the sources' JSDoc): tables of its attributes, properties, methods,
// events, slots, CSS parts and CSS custom properties, with their descriptions.
//
//   node --import tsx build/generate-docs.ts           rewrite the references
//   node --import tsx build/generate-docs.ts --check   exit 1 when docs/elements.md is stale (the test command)
//
// Each reference lives between two markers, at the end of its element's section (`## \`<pk-x>\``):
//
//   <!-- reference:pk-kpi-gauge:start -->
//   …generated…
//   <!-- reference:pk-kpi-gauge:end -->
//
// Everything outside the markers is hand-written prose and is left as it is. An element without markers yet gets
// them inserted at the end of its section (before the next `## ` heading); an element without a section is an error.
// The page goes through Prettier with the repository's settings, so a generated page is also a formatted one.
// Tables are written by hand here (a few lines) rather than with a Markdown library: Prettier aligns them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { packageRoot, readManifest, type Manifest } from './generate-integrations.js';

export const docsPath = join(packageRoot, '../../docs/elements.md');
const GENERATE = 'pnpm --filter @plankit/elements generate:docs';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Array<Typed & { optional?: boolean; rest?: boolean }>;
  return?: { type?: { text: string } };
}
interface Named {
  name: string;
  description?: string;
}
/** A custom element declaration, as much of it as the reference shows. */
export interface ElementDeclaration {
  tagName: string;
  name: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Array<Partial<Typed>>;
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Array<Named & { default?: string; syntax?: string }>;
}

/** The custom elements of a manifest, in the manifest's order. */
export function elementsOf(manifest: Manifest): ElementDeclaration[] {
  const { modules } = manifest as unknown as { modules: Array<{ declarations?: unknown[] }> };
  const declarations = modules.flatMap((module) => module.declarations ?? []);
  return declarations.filter(
    (declaration): declaration is ElementDeclaration =>
      typeof declaration === 'object' &&
      declaration !== null &&
      'customElement' in declaration &&
      'tagName' in declaration &&
      typeof declaration.tagName === 'string',
  );
}

/** A table cell: one line, `|` escaped. */
export function cell(text: string | undefined): string {
  const value = (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return value === '' ? '' : value.replaceAll('|', '\\|');
}

/** Code in a table cell: `` `string \| null` `` (an empty value stays empty). */
export function code(text: string | undefined): string {
  return text === undefined || text.trim() === '' ? '' : `\`${cell(text)}\``;
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function signature(member: Member): string {
  const parameters = (member.parameters ?? []).map(
    (parameter) =>
      `${parameter.rest ? '...' : ''}${parameter.name}${parameter.optional || parameter.default !== undefined ? '?' : ''}` +
      (parameter.type ? `: ${parameter.type.text}` : ''),
  );
  return `${member.name}(${parameters.join(', ')})${member.return?.type ? `: ${member.return.type.text}` : ''}`;
}

/** The reference of one element: Markdown, between (not including) its markers. */
export function renderReference(element: ElementDeclaration): string {
  const publicMembers = (element.members ?? []).filter(
    (member) => !member.static && (member.privacy === undefined || member.privacy === 'public'),
  );
  const attributes = element.attributes ?? [];
  const fieldsWithAttribute = new Set(attributes.map((attribute) => attribute.fieldName).filter(Boolean));
  const properties = publicMembers.filter(
    (member) => member.kind === 'field' && !fieldsWithAttribute.has(member.name) && member.attribute === undefined,
  );
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const events = (element.events ?? []).filter(
    (event): event is Typed => typeof event.name === 'string' && event.name !== '',
  );
  const lines = [
    `### \`<${element.tagName}>\` reference`,
    '',
    `Generated from the sources' JSDoc (the custom-elements manifest) by \`${GENERATE}\`.`,
    '',
  ];
  const section = (title: string, body: string[]): void => {
    if (body.length > 0) lines.push(`**${title}**`, '', ...body);
  };
  section(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type?.text),
        code(attribute.default),
        cell(attribute.description),
      ]),
    ),
  );
  section(
    'Properties (no attribute)',
    table(
      ['property', 'type', 'default', 'description'],
      properties.map((member) => [
        code(member.name),
        code(member.type?.text),
        code(member.default),
        cell(`${member.readonly ? 'Read-only. ' : ''}${member.description ?? ''}`),
      ]),
    ),
  );
  section(
    'Methods',
    table(
      ['method', 'description'],
      methods.map((member) => [code(signature(member)), cell(member.description)]),
    ),
  );
  section(
    'Events',
    table(
      ['event', 'class', 'description'],
      events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
  );
  section(
    'Slots',
    table(
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [slot.name === '' ? '(default)' : code(slot.name), cell(slot.description)]),
    ),
  );
  section(
    'CSS parts',
    table(
      ['part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
  );
  // The element's own tokens in a table; the global `--pk-*` ones every element reads are named once.
  const prefix = `--pk-${element.tagName.replace(/^pk-/, '')}-`;
  const tokens = element.cssProperties ?? [];
  section(
    'CSS custom properties',
    table(
      ['property', 'description'],
      tokens
        .filter((token) => token.name.startsWith(prefix))
        .map((token) => [code(token.name), cell(token.description)]),
    ),
  );
  const shared = tokens.filter((token) => !token.name.startsWith(prefix));
  if (shared.length > 0)
    lines.push(
      `It also reads the global tokens ${shared.map((token) => code(token.name)).join(', ')} ([theming.md](theming.md)).`,
      '',
    );
  return lines.join('\n').trimEnd();
}

export const markers = (tag: string): { start: string; end: string } => ({
  start: `<!-- reference:${tag}:start -->`,
  end: `<!-- reference:${tag}:end -->`,
});

/**
 * The page with each element's reference between its markers, inserting the markers at the end of the element's
 * section when they are missing. Text outside the markers is kept as it is.
 */
export function updatePage(page: string, references: ReadonlyMap<string, string>): string {
  let text = page;
  for (const [tag, reference] of references) {
    const { start, end } = markers(tag);
    const block = `${start}\n\n${reference}\n\n${end}`;
    const from = text.indexOf(start);
    if (from !== -1) {
      const to = text.indexOf(end, from);
      if (to === -1) throw new Error(`docs/elements.md: ${start} has no ${end}`);
      text = text.slice(0, from) + block + text.slice(to + end.length);
      continue;
    }
    const heading = text.search(new RegExp(`^## \`<${tag}>\`\\s*$`, 'm'));
    if (heading === -1) throw new Error(`docs/elements.md has no section \`## \`<${tag}>\`\` for the reference`);
    const next = text.slice(heading + 1).search(/^## /m);
    const at = next === -1 ? text.length : heading + 1 + next;
    const before = text.slice(0, at).trimEnd();
    text = `${before}\n\n${block}\n\n${text.slice(at)}`;
  }
  return text;
}

/** docs/elements.md as it should be, formatted. */
export async function generatePage(manifest: Manifest, page: string): Promise<string> {
  const references = new Map(elementsOf(manifest).map((element) => [element.tagName, renderReference(element)]));
  const config = (await resolveConfig(docsPath)) ?? {};
  return format(updatePage(page, references), { ...config, filepath: docsPath });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const current = readFileSync(docsPath, 'utf8');
  const next = await generatePage(readManifest(), current);
  if (current === next) {
    console.info('element reference: up to date');
    return;
  }
  if (check) {
    console.error(`docs/elements.md: the element reference is stale (run \`${GENERATE}\`)`);
    process.exit(1);
  }
  writeFileSync(docsPath, next);
  console.info('element reference: docs/elements.md written');
}

if (process.argv[1] !== undefined && (await import('node:url')).fileURLToPath(import.meta.url) === process.argv[1])
  await main();
