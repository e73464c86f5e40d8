#!/usr/bin/env node
// Runs a package's Node-side tests: every *.test.ts under the given folders
// (Node 20's --test takes no globs), through tsx, with the TAP reporter so
// .ci/run-checks.mjs can read the totals. Browser-only tests (*.browser.test.ts) are skipped.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) files.push(path);
  }
};
for (const root of roots) walk(root);
if (files.length === 0) {
  console.error(`node-test: no *.test.ts under ${roots.join(', ')}`);
  process.exit(1);
}
files.sort();
const reporter = process.env.NODE_TEST_REPORTER ?? 'spec';
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--conditions=@plankit/source',
    '--test',
    `--test-reporter=${reporter}`,
    '--test-concurrency=1',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
