// Every element module (src/<folder>/pk-<name>.ts) is wired into every place a widget must appear: the
// drop-in bundle, the npm exports and build entries, the public index, the token test, the docs, the
// stories, the hardening registry and the benchmark. A new widget that misses one fails here, by name,
// instead of shipping half-published (docs/contributing.md lists the same steps).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import viteConfig from '../vite.config.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageRoot, '..', '..');
const read = (...path: string[]): string => readFileSync(join(...path), 'utf8');

interface ElementModule {
  /** The custom element's name, e.g. `pk-kpi-gauge`. */
  tag: string;
  /** Its folder under src/, e.g. `kpi-gauge`. */
  folder: string;
}

/** The element modules as they are on disk. */
function elementModules(): ElementModule[] {
  const src = join(packageRoot, 'src');
  const found: ElementModule[] = [];
  for (const folder of readdirSync(src, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(src, folder.name))) {
      const match = /^(pk-[a-z][a-z0-9-]*)\.ts$/.exec(file);
      if (match?.[1] !== undefined) found.push({ tag: match[1], folder: folder.name });
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Places the provider has no entry, and why: it draws nothing of its own, so it has no stories of its
 * own (every story renders inside one), and it is no target of the hardening suites (they run every
 * widget under it).
 */
const notForProvider = new Set(['stories', 'hardening']);
const applies = (element: ElementModule, place: string): boolean =>
  element.tag !== 'pk-provider' || !notForProvider.has(place);

const modules = elementModules();
const packageJson = JSON.parse(read(packageRoot, 'package.json')) as {
  exports: Record<string, string | Record<string, string>>;
};

describe('element modules', () => {
  test('are found: the provider, the gauge and the panel at least', () => {
    const tags = modules.map((element) => element.tag);
    for (const tag of ['pk-provider', 'pk-kpi-gauge', 'pk-kpi-panel']) assert.ok(tags.includes(tag), tag);
  });

  for (const element of modules) {
    const { tag, folder } = element;
    describe(`<${tag}>`, () => {
      test('its module defines that tag and types it in HTMLElementTagNameMap', () => {
        const source = read(packageRoot, 'src', folder, `${tag}.ts`);
        assert.match(source, /^attachContextRoot\(\);$/m);
        assert.match(source, new RegExp(`^define\\('${tag}', \\w+Element\\);$`, 'm'));
        assert.match(source, new RegExp(`interface HTMLElementTagNameMap \\{\\s+'${tag}': \\w+Element;`));
      });

      test('the drop-in bundle and @plankit/elements/all register it', () => {
        assert.match(read(packageRoot, 'src', 'all.ts'), new RegExp(`^import './${folder}/${tag}\\.js';$`, 'm'));
      });

      test('the public index exports its class without registering it', () => {
        const index = read(packageRoot, 'src', 'index.ts');
        // A value export (not `export type`) naming an …Element class.
        assert.match(
          index,
          new RegExp(`^export \\{[^}]*\\b(?<!type )\\w+Element\\b[^}]*\\} from './${folder}/${folder}\\.js';$`, 'm'),
        );
        assert.doesNotMatch(index, new RegExp(`['/]${tag}\\.js`));
      });

      test(`package.json exports ./${tag} with its source, types and build`, () => {
        assert.deepEqual(packageJson.exports[`./${tag}`], {
          source: `./src/${folder}/${tag}.ts`,
          types: `./dist/${folder}/${tag}.d.ts`,
          default: `./dist/${folder}/${tag}.js`,
        });
      });

      test('the npm build has an entry for it', () => {
        const lib = viteConfig.build?.lib;
        assert.ok(lib !== undefined && lib !== false, 'vite.config.ts builds a library');
        assert.equal((lib.entry as Record<string, string>)[`${folder}/${tag}`], `src/${folder}/${tag}.ts`);
      });

      test('the token test checks its styles', () => {
        assert.match(read(packageRoot, 'src', 'shared', 'tokens.test.ts'), new RegExp(`name: '<${tag}>'`));
      });

      test('docs/elements.md documents it', () => {
        assert.match(read(repoRoot, 'docs', 'elements.md'), new RegExp(`^## \`<${tag}>\`$`, 'm'));
      });

      if (applies(element, 'stories')) {
        test('Storybook has its stories', () => {
          const stories = join(repoRoot, 'stories', `${folder}.stories.ts`);
          assert.ok(existsSync(stories), `${relative(repoRoot, stories)} exists`);
          assert.match(read(stories), new RegExp(`component: '${tag}'`));
        });
      }

      if (applies(element, 'hardening')) {
        test('the hardening suites list it as a target', () => {
          const targets = read(repoRoot, 'packages', 'hardening', 'src', 'targets.ts');
          assert.match(targets, new RegExp(`^\\s*tag: '${tag}',$`, 'm'));
        });
      }

      test('its JSDoc documents (@cssprop) exactly the public tokens of its own that its styles read', () => {
        const sources = readdirSync(join(packageRoot, 'src', folder))
          .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
          .map((file) => read(packageRoot, 'src', folder, file))
          .join('\n');
        const own = `--pk-${tag.slice('pk-'.length)}-`;
        const names = (pattern: RegExp) => [...new Set([...sources.matchAll(pattern)].map((match) => match[1]))].sort();
        const readByStyles = names(new RegExp(`var\\(\\s*(${own}[\\w-]+)`, 'g'));
        const documented = names(new RegExp(`@cssprop (${own}[\\w-]+)`, 'g'));
        assert.deepEqual(documented, readByStyles);
      });

      test('the benchmark knows its module', () => {
        const paths = read(repoRoot, 'packages', 'bench', 'src', 'lib', 'paths.ts');
        assert.match(paths, new RegExp(`join\\(elementsSrc, '${folder}', '${tag}\\.ts'\\)`));
      });
    });
  }
});

describe('package.json exports', () => {
  test('every ./pk-* export names an element module that exists', () => {
    const exported = Object.keys(packageJson.exports).filter((key) => key.startsWith('./pk-'));
    assert.deepEqual(exported.sort(), modules.map((element) => `./${element.tag}`).sort());
  });
});
