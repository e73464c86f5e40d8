// The fix-ups of build/generate-integrations.ts on the generators' output, and the generated files themselves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgets } from '../src/widgets.js';
import { cleanManifest, dedupeImports, fixEventTypes, outDir, vueEventProps } from './generate-integrations.js';
import { manifestOf } from './manifest-fixture.js';

const manifest = manifestOf({
  kind: 'class',
  name: 'XElement',
  customElement: true,
  tagName: 'pk-x',
  events: [{ type: { text: 'PkErrorEvent' } }, { name: 'pk-error', type: { text: 'PkErrorEvent' } }],
  attributes: [{ name: 'lang' }, { name: 'as-of', fieldName: 'asOf' }],
});

describe('generate-integrations', () => {
  test('cleanManifest drops events without a name and attributes without a field, leaving the input as it was', () => {
    const clean = cleanManifest(manifest) as unknown as typeof manifest & {
      modules: Array<{ declarations: Array<{ events: unknown[]; attributes: unknown[] }> }>;
    };
    const declaration = clean.modules[0]?.declarations[0];
    assert.deepEqual(declaration?.events, [{ name: 'pk-error', type: { text: 'PkErrorEvent' } }]);
    assert.deepEqual(declaration?.attributes, [{ name: 'as-of', fieldName: 'asOf' }]);
    const original = manifest as unknown as { modules: Array<{ declarations: Array<{ events: unknown[] }> }> };
    assert.equal(original.modules[0]?.declarations[0]?.events.length, 2);
  });

  test('fixEventTypes types a listener with the event class, and fails when the generator no longer wraps it', () => {
    assert.equal(
      fixEventTypes('"onpk-x"?: (e: CustomEvent<KpiSelectEvent>) => void;', 'f'),
      '"onpk-x"?: (e: KpiSelectEvent) => void;',
    );
    assert.throws(() => fixEventTypes('"onpk-x"?: (e: KpiSelectEvent) => void;', 'f'), /f: expected CustomEvent/);
  });

  test('vueEventProps names listeners as Vue compiles @pk-… (onPk…)', () => {
    assert.equal(
      vueEventProps('"onpk-kpi-select"?: (e: KpiSelectEvent) => void;'),
      'onPkKpiSelect?: (e: KpiSelectEvent) => void;',
    );
  });

  test('dedupeImports keeps each imported name once', () => {
    assert.equal(
      dedupeImports('import type {\n  A,\n  B,\n  A,\n} from "@plankit/elements";', 'f'),
      'import type { A, B } from "@plankit/elements";',
    );
  });

  test('the generated React and Vue types and the VS Code data name every element', () => {
    const react = readFileSync(join(outDir, 'react.d.ts'), 'utf8');
    const vue = readFileSync(join(outDir, 'vue.d.ts'), 'utf8');
    const html = JSON.parse(readFileSync(join(outDir, 'vscode.html-custom-data.json'), 'utf8')) as {
      tags: Array<{ name: string }>;
    };
    for (const widget of widgets) {
      assert.match(react, new RegExp(`'${widget.tag}': Partial<`), `${widget.tag} in react.d.ts`);
      assert.match(vue, new RegExp(`'${widget.tag}': DefineComponent<`), `${widget.tag} in vue.d.ts`);
      assert.ok(
        html.tags.some((tag) => tag.name === widget.tag),
        `${widget.tag} in vscode.html-custom-data.json`,
      );
    }
    assert.doesNotMatch(react + vue, /CustomEvent<|onundefined|\["undefined"\]/);
    assert.match(react, /declare module 'react'/);
  });
});
