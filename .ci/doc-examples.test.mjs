// Type-checks the TypeScript examples of the docs, the code users copy: every ```ts block of docs/*.md and the
// published packages' READMEs, one test case per block, against the workspace packages (their sources, through the
// `@plankit/source` condition) with the repository's strict compiler options.
//
// Each block is written to its own module under node_modules/.cache/plankit-doc-examples/ (so `@plankit/sdk`
// and `@plankit/elements` resolve as they do for a user) and all of them are checked in one TypeScript program,
// which is much faster than one `tsc` per block; a block's case fails with the diagnostics in its own file.
//
// Most blocks compile as they are. A block that is a fragment (it uses a `client` made in an earlier block, or a
// host's own `auth` object) says what it assumes in an HTML comment right before it, which Markdown does not show:
//
//   <!-- doc-example: declare const client: Client; -->           declarations added before the block
//   <!-- doc-example: skip (shell-like pseudo-code) -->            not checked (give the reason)
//
// and a page may state assumptions shared by all its blocks once, anywhere in the page (at the start of a line):
//
//   <!-- doc-examples: import { createClient, type Client } from '@plankit/sdk'; declare const client: Client; -->
//
// Unused declarations and imports are allowed (examples are fragments); everything else is the strict setup.
//
//   node --test .ci/doc-examples.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The pages whose TypeScript blocks are checked: every page of docs/ and the published packages' READMEs. */
export const pages = [
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
  'packages/sdk/README.md',
  'packages/elements/README.md',
];
const outDir = join(root, 'node_modules/.cache/plankit-doc-examples');

/**
 * The ```ts blocks of a Markdown text, each with its line, its own context (a `<!-- doc-example: … -->` comment
 * on the lines just before it, blank lines allowed) and whether it is skipped.
 * @param {string} text
 * @returns {{ shared: string, blocks: Array<{ line: number, code: string, context: string, skip: string | null }> }}
 */
export function extractExamples(text) {
  const lines = text.split('\n');
  const shared = [...text.matchAll(/^<!--\s*doc-examples:([\s\S]*?)-->/gm)].map((match) => match[1].trim()).join('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i])) continue;
    const start = i;
    const body = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    // The comment that annotates this block: the text between the previous non-blank line and the fence.
    let j = start - 1;
    while (j >= 0 && lines[j].trim() === '') j--;
    let end = j;
    let context = '';
    let skip = null;
    if (j >= 0 && lines[j].trim().endsWith('-->')) {
      while (j >= 0 && !lines[j].includes('<!--')) j--;
      const comment = lines
        .slice(j, end + 1)
        .join('\n')
        .match(/<!--\s*doc-example:([\s\S]*?)-->/);
      if (comment) {
        const content = comment[1].trim();
        const skipped = content.match(/^skip\b\s*(.*)$/s);
        if (skipped) skip = skipped[1].trim() || 'skipped';
        else context = content;
      }
    }
    blocks.push({ line: start + 1, code: body.join('\n'), context, skip });
  }
  return { shared, blocks };
}

/** The compiler options: the repository's tsconfig.json, as a fragment-friendly program with Node's types. */
function compilerOptions() {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    types: ['node'],
  };
}

const examples = [];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const page of pages) {
  const { shared, blocks } = extractExamples(readFileSync(join(root, page), 'utf8'));
  for (const block of blocks) {
    const name = `${page.replace(/\.md$/, '').replaceAll('/', '-')}-${block.line}`;
    const file = join(outDir, `${name}.mts`);
    // Context first, then the block at a known line; `export {}` makes every block a module (top-level await).
    const preamble = [`// ${page}:${block.line}`, shared, block.context, '// ---- the example ----'].filter(Boolean);
    if (!block.skip) writeFileSync(file, `${preamble.join('\n')}\n${block.code}\nexport {};\n`);
    examples.push({ page, line: block.line, file, skip: block.skip, offset: preamble.join('\n').split('\n').length });
  }
}

const checked = examples.filter((example) => !example.skip);
const program = ts.createProgram(
  checked.map((example) => example.file),
  compilerOptions(),
);
const byFile = new Map();
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const file = diagnostic.file?.fileName ?? '(global)';
  const list = byFile.get(file) ?? [];
  list.push(diagnostic);
  byFile.set(file, list);
}
const global = [...byFile.entries()].filter(([file]) => !checked.some((example) => example.file === file));

test('the docs have TypeScript examples to check', () => {
  assert.ok(checked.length >= 10, `only ${checked.length} checked blocks in ${pages.join(', ')}`);
});

test('the examples program has no errors outside the examples', () => {
  const text = global.flatMap(([, list]) =>
    list.map(
      (d) => `${relative(root, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    ),
  );
  assert.deepEqual(text, []);
});

for (const example of examples) {
  test(
    `${example.page}:${example.line} type-checks`,
    { skip: example.skip ? `doc-example: skip ${example.skip}` : false },
    () => {
      const diagnostics = byFile.get(example.file) ?? [];
      const messages = diagnostics.map((d) => {
        const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
        const where =
          line >= example.offset ? `${example.page}:${example.line + line - example.offset + 1}` : 'context';
        return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      });
      assert.deepEqual(messages, [], `${example.page}:${example.line}\n${messages.join('\n')}`);
    },
  );
}
