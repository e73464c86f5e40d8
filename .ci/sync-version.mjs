#!/usr/bin/env node
// Keeps PLANKIT_VERSION (packages/elements/src/shared/version.ts), which every element class carries so that
// define() can tell a compatible second copy of the bundle, equal to @plankit/elements' package.json version.
// `pnpm version-packages` runs it after `changeset version`; `--check` (in the test command) fails on a mismatch.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elements = join(root, 'packages', 'elements');
const file = join(elements, 'src', 'shared', 'version.ts');
const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));
const text = readFileSync(file, 'utf8');
const pattern = /export const PLANKIT_VERSION = '([^']*)';/;
const current = pattern.exec(text)?.[1];
if (current === undefined) {
  console.error(`${file}: no "export const PLANKIT_VERSION = '…';" line`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (current !== version) {
    console.error(`PLANKIT_VERSION is ${current} but @plankit/elements is ${version}: run pnpm version-packages`);
    process.exit(1);
  }
  console.log(`PLANKIT_VERSION ${current} matches @plankit/elements ${version}`);
} else if (current !== version) {
  writeFileSync(file, text.replace(pattern, `export const PLANKIT_VERSION = '${version}';`));
  console.log(`PLANKIT_VERSION ${current} → ${version}`);
}
