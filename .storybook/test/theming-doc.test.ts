// docs/theming.md against the custom-elements manifest: every public token and every part of every element is
// in its tables (the Storybook Theming page is generated; this page is written by hand, so a test keeps it true).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const doc = readFileSync(join(root, 'docs/theming.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      cssProperties?: Array<{ name: string }>;
      cssParts?: Array<{ name: string }>;
    }>;
  }>;
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const rows = doc.split('\n').filter((line) => line.startsWith('|'));
/** The table rows of an element (its tokens row and its parts row). */
const rowsOf = (tag: string): string[] => rows.filter((row) => row.startsWith(`| \`${tag}\``));

describe('docs/theming.md', () => {
  it('lists every element token, in full or as the suffix after the element’s name', () => {
    const missing = elements.flatMap(({ tagName = '', cssProperties = [] }) =>
      cssProperties
        .map((property) => property.name)
        .filter((name) => name.startsWith(`--${tagName}-`))
        .filter((name) => {
          const suffix = name.slice(`--${tagName}`.length);
          return !rowsOf(tagName).some((row) => row.includes(`\`${name}\``) || row.includes(`\`${suffix}\``));
        }),
    );
    assert.deepEqual(missing, []);
  });

  it('lists every global token, in full or as a suffix beside a token of its family', () => {
    const globals = new Set(
      elements.flatMap(({ tagName = '', cssProperties = [] }) =>
        cssProperties.map((property) => property.name).filter((name) => !name.startsWith(`--${tagName}-`)),
      ),
    );
    const missing = [...globals].filter((name) => {
      const family = name.slice(0, name.lastIndexOf('-'));
      const suffix = name.slice(name.lastIndexOf('-'));
      return !rows.some(
        (row) => row.includes(`\`${name}\``) || (row.includes(`\`${family}-`) && row.includes(`\`${suffix}\``)),
      );
    });
    assert.ok(globals.size > 0, 'the manifest documents global tokens');
    assert.deepEqual(missing, []);
  });

  it('lists every part of every element', () => {
    const missing = elements.flatMap(({ tagName = '', cssParts = [] }) =>
      cssParts
        .map((part) => part.name)
        .filter((part) => !rowsOf(tagName).some((row) => row.includes(`\`${part}\``)))
        .map((part) => `${tagName}::part(${part})`),
    );
    assert.deepEqual(missing, []);
  });
});
