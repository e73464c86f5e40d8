// Type-checks the TypeScript examples of the docs, the code users copy: every ```ts, ```tsx and ```vue block of
// docs/*.md and the published packages' READMEs, one test case per block, against the workspace packages (their
// sources, through the `@plankit/source` condition) with the repository's strict compiler options.
//
// Each block is written to its own module under node_modules/.cache/plankit-doc-examples/ (so `@plankit/sdk`
// and `@plankit/elements` resolve as they do for a user): ```ts blocks at the root, ```tsx blocks in the React
// example's node_modules (where `react`, its types and the JSX types of `@plankit/elements/react` resolve), and
// ```vue blocks in the Vue example's (checked by its own vue-tsc, the template's bindings and listeners
// included). The ts and tsx blocks are checked in one TypeScript program, which is much faster than one `tsc` per
// block, the vue blocks in one vue-tsc run; a block's case fails with the diagnostics in its own file.
//
// Most blocks compile as they are. A block that is a fragment (it uses a `client` made in an earlier block, or a
// host's own `auth` object) says what it assumes in an HTML comment right before it, which Markdown does not show:
//
//   <!-- doc-example: declare const client: Client; -->           declarations added before the block (a vue
//                                                                  block: at the start of its <script setup>)
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
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
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
const cache = 'node_modules/.cache/plankit-doc-examples';
/** Where each language's blocks are written, and the extension they take. */
const outDirs = {
  ts: { dir: join(root, cache), extension: 'mts' },
  tsx: { dir: join(root, 'examples/react', cache), extension: 'tsx' },
  vue: { dir: join(root, 'examples/vue', cache), extension: 'vue' },
};

/**
 * The ```ts, ```tsx and ```vue blocks of a Markdown text, each with its language, its line, its own context (a
 * `<!-- doc-example: … -->` comment on the lines just before it, blank lines allowed) and whether it is skipped.
 * @param {string} text
 * @returns {{ shared: string, blocks: Array<{ lang: 'ts' | 'tsx' | 'vue', line: number, code: string, context: string, skip: string | null }> }}
 */
export function extractExamples(text) {
  const lines = text.split('\n');
  const shared = [...text.matchAll(/^<!--\s*doc-examples:([\s\S]*?)-->/gm)].map((match) => match[1].trim()).join('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const lang = /^```(ts|tsx|vue)\s*$/.exec(lines[i])?.[1];
    if (lang === undefined) continue;
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
    blocks.push({ lang, line: start + 1, code: body.join('\n'), context, skip });
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
    // The tsx blocks: React 19's automatic runtime, as examples/react builds them.
    jsx: ts.JsxEmit.ReactJSX,
  };
}

/**
 * A vue block as a single-file component: the context declarations (the page's, then the block's) at the start of
 * its `<script setup lang="ts">`, after its imports' line so the block keeps its own line numbers below them.
 * @returns {{ text: string, offset: number }} the file, and the line of the file where the block's first line is
 */
function vueFile(page, block, shared) {
  const context = [shared, block.context].filter(Boolean).join('\n');
  const lines = block.code.split('\n');
  const setup = lines.findIndex((line) => /^<script setup lang="ts">\s*$/.test(line));
  if (setup === -1) throw new Error(`${page}:${block.line}: a vue block needs <script setup lang="ts">`);
  const head = [`<!-- ${page}:${block.line} -->`];
  const text = [...head, ...lines.slice(0, setup + 1), context, ...lines.slice(setup + 1)].join('\n');
  // The block's line n is the file's line n + 1 (the head) before the script, n + 1 + context lines after it.
  return { text: `${text}\n`, offset: head.length, setupLine: setup + 1, contextLines: context.split('\n').length };
}

const examples = [];
for (const { dir } of Object.values(outDirs)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
for (const page of pages) {
  const { shared, blocks } = extractExamples(readFileSync(join(root, page), 'utf8'));
  for (const block of blocks) {
    const name = `${page.replace(/\.md$/, '').replaceAll('/', '-')}-${block.line}`;
    const { dir, extension } = outDirs[block.lang];
    const file = join(dir, `${name}.${extension}`);
    const example = { page, line: block.line, lang: block.lang, file, skip: block.skip };
    if (block.lang === 'vue') {
      const vue = vueFile(page, block, shared);
      if (!block.skip) writeFileSync(file, vue.text);
      examples.push({ ...example, vue });
      continue;
    }
    // Context first, then the block at a known line; `export {}` makes every block a module (top-level await).
    const preamble = [`// ${page}:${block.line}`, shared, block.context, '// ---- the example ----'].filter(Boolean);
    if (!block.skip) writeFileSync(file, `${preamble.join('\n')}\n${block.code}\nexport {};\n`);
    examples.push({ ...example, offset: preamble.join('\n').split('\n').length });
  }
}

const checked = examples.filter((example) => !example.skip && example.lang !== 'vue');
const program = ts.createProgram(
  checked.map((example) => example.file),
  compilerOptions(),
);
/** Messages by file: `{ line, text }`, line from 0 (a diagnostic without a place is at line -1). */
const byFile = new Map();
const note = (file, line, text) => byFile.set(file, [...(byFile.get(file) ?? []), { line, text }]);
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? -1;
  note(diagnostic.file?.fileName ?? '(global)', line, ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
}

// The vue blocks: one vue-tsc run (the Vue example's own, with its compiler options) over a tsconfig that lists them.
const vueChecked = examples.filter((example) => !example.skip && example.lang === 'vue');
if (vueChecked.length > 0) {
  const vueExample = join(root, 'examples/vue');
  const tsconfig = join(outDirs.vue.dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: relative(outDirs.vue.dir, join(vueExample, 'tsconfig.json')),
      compilerOptions: { noUnusedLocals: false, noUnusedParameters: false },
      include: vueChecked.map((example) => relative(outDirs.vue.dir, example.file)).concat('../../../src/env.d.ts'),
    }),
  );
  const vueTsc = createRequire(join(vueExample, 'package.json')).resolve('vue-tsc/bin/vue-tsc.js');
  const run = spawnSync(process.execPath, [vueTsc, '-p', tsconfig, '--noEmit', '--pretty', 'false'], {
    cwd: outDirs.vue.dir,
    encoding: 'utf8',
  });
  // `file(line,col): error TSxxxx: message`, paths relative to the working directory.
  const found = [...`${run.stdout}${run.stderr}`.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)];
  for (const match of found) note(resolve(outDirs.vue.dir, match[1]), Number(match[2]) - 1, match[3]);
  // A run that fails without a diagnostic (vue-tsc missing, a crash) fails the check too.
  if (run.status !== 0 && found.length === 0) note('(vue-tsc)', -1, `vue-tsc failed: ${run.stdout}${run.stderr}`);
}

const allChecked = [...checked, ...vueChecked];
const global = [...byFile.entries()].filter(([file]) => !allChecked.some((example) => example.file === file));

test('the docs have TypeScript examples to check, React and Vue ones among them', () => {
  assert.ok(checked.length >= 10, `only ${checked.length} checked blocks in ${pages.join(', ')}`);
  for (const lang of ['tsx', 'vue'])
    assert.ok(
      allChecked.some((example) => example.lang === lang),
      `no checked ${lang} block`,
    );
});

test('the examples program has no errors outside the examples', () => {
  const text = global.flatMap(([file, list]) => list.map((d) => `${relative(root, file)}: ${d.text}`));
  assert.deepEqual(text, []);
});

/** Where a file's line (from 0) is in the page, or `context` for a line of the context. */
function placeOf(example, line) {
  if (example.vue === undefined)
    return line >= example.offset ? `${example.page}:${example.line + line - example.offset + 1}` : 'context';
  const { offset, setupLine, contextLines } = example.vue;
  const inBlock = line - offset; // the block's line, from 0, before the context was inserted
  if (inBlock < setupLine) return `${example.page}:${example.line + inBlock + 1}`;
  if (inBlock < setupLine + contextLines) return 'context';
  return `${example.page}:${example.line + inBlock - contextLines + 1}`;
}

for (const example of examples) {
  test(
    `${example.page}:${example.line} type-checks`,
    { skip: example.skip ? `doc-example: skip ${example.skip}` : false },
    () => {
      const messages = (byFile.get(example.file) ?? []).map((d) => `${placeOf(example, d.line)}: ${d.text}`);
      assert.deepEqual(messages, [], `${example.page}:${example.line}\n${messages.join('\n')}`);
    },
  );
}
