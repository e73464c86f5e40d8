#!/usr/bin/env node
// Every check of the test command, in order, each counted: lint, typecheck, the docs' examples, generated files,
// build, the Node and Chromium test suites, the embedding paths, package checks, size budgets, the hardening
// suites, the Storybook build and its stories.
// Ends with one line alone, `N passed, N failed` (totals over all suites), and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

/** How to read a step's totals from its output; a step without counts is one check. */
const counters = {
  node: (text) => {
    const pass = [...text.matchAll(/^[#ℹ] pass (\d+)$/gm)].at(-1);
    const fail = [...text.matchAll(/^[#ℹ] fail (\d+)$/gm)].at(-1);
    return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
  },
  wtr: (text) => {
    const match = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
  },
};

const mainRef = () => {
  for (const ref of ['main', 'origin/main']) {
    if (spawnSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: root }).status === 0) return ref;
  }
  return null;
};

/** A step that runs a workspace package's script: `pnpm --filter @plankit/<pkg> <script>`. */
const inPackage = (name, pkg, script, more = {}) => ({
  name,
  cmd: 'pnpm',
  args: ['--filter', `@plankit/${pkg}`, script],
  ...more,
});

const steps = [
  { name: 'lint', cmd: 'pnpm', args: ['lint'] },
  // The import boundaries of eslint.config.js, each proved to fail on a sample violation.
  { name: 'lint boundaries (node)', cmd: 'node', args: ['--test', '.ci/lint-boundaries.test.mjs'], count: 'node' },
  { name: 'typecheck', cmd: 'pnpm', args: ['typecheck'] },
  // Every ```ts example of docs/ and the package READMEs, type-checked against the workspace (one case per block).
  { name: 'doc examples (node)', cmd: 'node', args: ['--test', '.ci/doc-examples.test.mjs'], count: 'node' },
  // src/all.ts, src/index.ts's element exports and package.json's ./pk-* exports are generated from src/widgets.ts.
  inPackage('generated files', 'elements', 'generate:check'),
  // integrations/ (React JSX and Vue types, VS Code custom data) are generated from custom-elements.json.
  inPackage('generated integrations', 'elements', 'generate:integrations:check'),
  // docs/elements.md: each element's reference (between markers) is generated from custom-elements.json.
  inPackage('generated element reference', 'elements', 'generate:docs:check'),
  { name: 'build', cmd: 'pnpm', args: ['build'] },
  { name: 'version constant', cmd: 'node', args: ['.ci/sync-version.mjs', '--check'] },
  inPackage('sdk (node)', 'sdk', 'test', { count: 'node' }),
  inPackage('sdk (chromium)', 'sdk', 'test:browser', { count: 'wtr' }),
  inPackage('elements (chromium)', 'elements', 'test', { count: 'wtr' }),
  inPackage('elements tooling (node)', 'elements', 'test:build', { count: 'node' }),
  inPackage('server (node, over HTTP)', 'server', 'test', { count: 'node' }),
  // Plain HTML, an old jQuery page, the React and Vue apps, two copies on one page (Chromium), and the packed
  // packages installed with npm outside the workspace.
  inPackage('embedding (chromium, npm)', 'embedding-tests', 'test', { count: 'node' }),
  { name: 'publint sdk', cmd: 'pnpm', args: ['exec', 'publint', '--strict', 'packages/sdk'] },
  { name: 'publint elements', cmd: 'pnpm', args: ['exec', 'publint', '--strict', 'packages/elements'] },
  { name: 'attw sdk', cmd: 'pnpm', args: ['exec', 'attw', '--pack', 'packages/sdk', '--profile', 'esm-only'] },
  {
    name: 'attw elements',
    cmd: 'pnpm',
    args: ['exec', 'attw', '--pack', 'packages/elements', '--profile', 'esm-only'],
  },
  // The browser harness bench and hardening share: its page server (files, CSP, routes, the /api relay).
  inPackage('harness (node)', 'harness', 'test', { count: 'node' }),
  inPackage('size budgets', 'bench', 'sizes', { count: 'node' }),
  inPackage('hardening', 'hardening', 'test', { count: 'node', optional: 'packages/hardening' }),
  {
    name: 'changesets',
    cmd: 'pnpm',
    get args() {
      const ref = mainRef();
      return ref ? ['exec', 'changeset', 'status', `--since=${ref}`] : ['exec', 'changeset', 'status'];
    },
  },
  { name: 'storybook build', cmd: 'pnpm', args: ['build-storybook'] },
  // Every story of that build in Chromium, both locales and both themes: console errors and axe (one case each).
  { name: 'storybook stories (chromium)', cmd: 'pnpm', args: ['test:storybook'], count: 'node' },
];

function runStep(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n\x1b[1m▶ ${step.name}\x1b[0m  (${step.cmd} ${step.args.join(' ')})`);
    const child = spawn(step.cmd, step.args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NODE_TEST_REPORTER: 'spec', STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const forward = (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('close', (code) => {
      // Runners colour their summaries even when told not to: read the text without escape codes.
      // eslint-disable-next-line no-control-regex -- removing terminal escape codes is the point
      const plain = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const counted = step.count ? counters[step.count](plain) : null;
      let { passed, failed } = counted ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
      // A non-zero exit with no failing test still fails the step (a crash, a compile error, no tests found).
      if (code !== 0 && failed === 0) failed = 1;
      if (code === 0 && counted && passed === 0 && failed === 0) failed = 1; // ran no test: that is a failure too
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `\x1b[${failed ? 31 : 32}m${failed ? '✗' : '✓'} ${step.name}: ${passed} passed, ${failed} failed (${seconds} s)\x1b[0m`,
      );
      resolve({ name: step.name, passed, failed, seconds });
    });
  });
}

const { existsSync } = await import('node:fs');
const selected = steps.filter(
  (step) =>
    (only.length === 0 || only.some((name) => step.name.startsWith(name))) &&
    (!step.optional || existsSync(join(root, step.optional))),
);
const results = [];
for (const step of selected) results.push(await runStep(step));

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds} s`,
  );
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
