// The one list of elements (src/widgets.ts) and what derives from it: the generated files are current,
// the build entries, exports and manifest inputs follow the list, the list matches the element folders on
// disk, and each listed element has what cannot be derived (its registration module, docs and stories).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import manifestConfig from '../custom-elements-manifest.config.mjs';
import viteConfig from '../vite.config.js';
import { classModule, drawingWidgets, registrationModule, widgets, type WidgetEntry } from '../src/widgets.js';
import {
  allModule,
  elementExports,
  generatedFiles,
  indexExports,
  indexModule,
  packageManifest,
  packageRoot,
} from './generate-widgets.js';
import { elementsOf } from './generate-docs.js';
import { readManifest } from './generate-integrations.js';

const repoRoot = join(packageRoot, '..', '..');
const read = (...path: string[]): string => readFileSync(join(...path), 'utf8');

/** A widget that does not exist: the derivations must place it wherever an element goes. */
const probe: WidgetEntry = {
  tag: 'pk-derivation-probe',
  className: 'DerivationProbeElement',
  folder: 'derivation-probe',
  types: ['ProbeMode'],
  data: 'points',
};

describe('the list of elements (src/widgets.ts)', () => {
  test('names the provider first, then the gauge and the panel at least', () => {
    assert.equal(widgets[0]?.tag, 'pk-provider');
    for (const tag of ['pk-kpi-gauge', 'pk-kpi-panel'])
      assert.ok(
        widgets.some((widget) => widget.tag === tag),
        tag,
      );
  });

  test('has one entry per tag, folder and class, each well formed', () => {
    for (const key of ['tag', 'folder', 'className'] as const) {
      const values = widgets.map((widget) => widget[key]);
      assert.deepEqual(values, [...new Set(values)], `${key}s are unique`);
    }
    for (const widget of widgets) {
      assert.match(widget.tag, /^pk-[a-z][a-z0-9]*(-[a-z0-9]+)*$/, widget.tag);
      assert.match(widget.folder, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, widget.folder);
      assert.match(widget.className, /^[A-Z]\w*Element$/, widget.className);
    }
  });

  test('matches the element modules on disk: every src/<folder>/pk-*.ts is listed, every entry exists', () => {
    const src = join(packageRoot, 'src');
    const onDisk = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((folder) =>
        readdirSync(join(src, folder.name))
          .filter((file) => /^pk-[a-z][a-z0-9-]*\.ts$/.test(file))
          .map((file) => `${folder.name}/${file.slice(0, -'.ts'.length)}`),
      )
      .sort();
    assert.deepEqual(widgets.map(registrationModule).sort(), onDisk);
  });

  test('leaves only the provider and the export menu without data (they draw no data of their own)', () => {
    assert.deepEqual(
      widgets.filter((widget) => !drawingWidgets.includes(widget)).map((widget) => widget.tag),
      ['pk-provider', 'pk-export-menu'],
    );
  });
});

describe('the generated files', () => {
  test('are current: src/all.ts, src/index.ts and package.json (else run `pnpm --filter @plankit/elements generate`)', async () => {
    const files = await generatedFiles();
    assert.deepEqual(
      files.map((file) => file.path),
      ['src/all.ts', 'src/index.ts', 'package.json'],
    );
    for (const file of files) assert.equal(file.current, file.expected, `${file.path} is stale`);
  });

  test('all.ts registers every element of a list, in its order, and re-exports the index', () => {
    const text = allModule([...widgets, probe]);
    const imports = [...text.matchAll(/^import '\.\/(.+)\.js';$/gm)].map((match) => match[1]);
    assert.deepEqual(imports, [...widgets, probe].map(registrationModule));
    assert.match(text, /^export \* from '\.\/index\.js';$/m);
  });

  test('the index exports each class as a value with its types, and registers nothing', () => {
    const block = indexExports([probe]);
    assert.match(
      block,
      /^export \{ DerivationProbeElement, type ProbeMode \} from '\.\/derivation-probe\/derivation-probe\.js';$/m,
    );
    assert.doesNotMatch(block, /pk-derivation-probe/);
    const index = read(packageRoot, 'src', 'index.ts');
    assert.match(indexModule(index, [...widgets, probe]), /DerivationProbeElement/);
    assert.throws(() => indexModule('export {};\n', widgets), /generated block/);
  });

  test('package.json gets ./<tag> with source, types and build, in place of the old entries', () => {
    assert.deepEqual(elementExports([probe]), {
      './pk-derivation-probe': {
        '@plankit/source': './src/derivation-probe/pk-derivation-probe.ts',
        types: './dist/derivation-probe/pk-derivation-probe.d.ts',
        default: './dist/derivation-probe/pk-derivation-probe.js',
      },
    });
    const current = read(packageRoot, 'package.json');
    const before = Object.keys((JSON.parse(current) as { exports: object }).exports);
    const after = Object.keys(
      (JSON.parse(packageManifest(current, [...widgets, probe])) as { exports: object }).exports,
    );
    const lastElement = before.indexOf(`./${widgets.at(-1)?.tag}`);
    assert.deepEqual(after, [
      ...before.slice(0, lastElement + 1),
      './pk-derivation-probe',
      ...before.slice(lastElement + 1),
    ]);
  });
});

describe('what derives at run time', () => {
  test('the npm build has an entry per element, and the index, all and widgets entries', () => {
    const lib = viteConfig.build?.lib;
    assert.ok(lib !== undefined && lib !== false, 'vite.config.ts builds a library');
    assert.deepEqual(lib.entry, {
      index: 'src/index.ts',
      all: 'src/all.ts',
      widgets: 'src/widgets.ts',
      ...Object.fromEntries(
        widgets.map((widget) => [registrationModule(widget), `src/${registrationModule(widget)}.ts`]),
      ),
    });
  });

  test('the custom-elements manifest reads every element folder', () => {
    for (const widget of widgets) assert.ok(manifestConfig.globs.includes(`src/${widget.folder}/**/*.ts`), widget.tag);
  });
});

for (const widget of widgets) {
  const { tag, folder, className } = widget;
  describe(`<${tag}>`, () => {
    test('its registration module defines that tag and types it in HTMLElementTagNameMap', () => {
      const source = read(packageRoot, 'src', `${registrationModule(widget)}.ts`);
      assert.match(source, /^attachContextRoot\(\);$/m);
      assert.match(source, new RegExp(`^define\\('${tag}', ${className}\\);$`, 'm'));
      assert.match(source, new RegExp(`interface HTMLElementTagNameMap \\{\\s+'${tag}': ${className};`));
    });

    test('its class module exports the class and the listed types', () => {
      const source = read(packageRoot, 'src', `${classModule(widget)}.ts`);
      assert.match(source, new RegExp(`^export class ${className} `, 'm'));
      for (const type of widget.types) assert.match(source, new RegExp(`^export (type|interface) ${type}\\b`, 'm'));
    });

    const loads = widget.data !== null;
    test(
      loads ? 'has reload() in the manifest: it loads data' : 'has no reload() in the manifest: it loads no data',
      () => {
        const declaration = elementsOf(readManifest()).find((element) => element.tagName === tag);
        const methods = (declaration?.members ?? []).filter((member) => member.kind === 'method');
        assert.equal(
          methods.some((member) => member.name === 'reload'),
          loads,
        );
      },
    );

    test('docs/elements.md documents it', () => {
      assert.match(read(repoRoot, 'docs', 'elements.md'), new RegExp(`^## \`<${tag}>\`$`, 'm'));
    });

    if (tag !== 'pk-provider') {
      test('Storybook has its stories', () => {
        const stories = join(repoRoot, 'stories', `${folder}.stories.ts`);
        assert.ok(existsSync(stories), `${relative(repoRoot, stories)} exists`);
        assert.match(read(stories), new RegExp(`component: '${tag}'`));
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
  });
}
