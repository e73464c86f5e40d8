// The element reference of docs/elements.md: its tables from a manifest, and how the page is updated around them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, code, elementsOf, renderReference, updatePage, type ElementDeclaration } from './generate-docs.js';
import { manifestOf } from './manifest-fixture.js';

const element: ElementDeclaration = {
  tagName: 'pk-x',
  name: 'XElement',
  attributes: [
    { name: 'as-of', fieldName: 'asOf', type: { text: 'string | undefined' }, description: 'The date.' },
    { name: 'lang', description: 'The language.' },
  ],
  members: [
    { kind: 'field', name: 'asOf', type: { text: 'string | undefined' }, attribute: 'as-of' },
    { kind: 'field', name: 'kpis', type: { text: 'Kpi[]' }, default: '[]', description: 'The KPIs,\nstandalone.' },
    { kind: 'field', name: 'view', readonly: true, description: 'The view.' },
    { kind: 'field', name: 'secret', privacy: 'private' },
    { kind: 'field', name: 'styles', static: true },
    {
      kind: 'method',
      name: 'export',
      parameters: [{ name: 'options', optional: true, type: { text: '{ format?: Format }' } }],
      return: { type: { text: 'Promise<Blob>' } },
      description: 'Exports.',
    },
  ],
  events: [
    { type: { text: 'PkErrorEvent' } },
    { name: 'pk-x-pick', type: { text: 'XPickEvent' }, description: 'Picked.' },
  ],
  cssParts: [{ name: 'base', description: 'The box.' }],
  cssProperties: [
    { name: '--pk-x-height', description: 'Height.' },
    { name: '--pk-font-family', description: 'Font.' },
  ],
};

describe('generate-docs', () => {
  test('a table cell is one line with its pipes escaped, and code is quoted', () => {
    assert.equal(cell('a |\n  b'), 'a \\| b');
    assert.equal(code('string | null'), '`string \\| null`');
    assert.equal(code(undefined), '');
  });

  test('the reference lists attributes, properties without an attribute, methods, named events, parts and tokens', () => {
    const text = renderReference(element);
    assert.match(text, /^### `<pk-x>` reference/);
    assert.match(text, /\| `as-of` \| `asOf` \| `string \\\| undefined` \| {2}\| The date\. \|/);
    assert.match(text, /\| `lang` \| {2}\| {2}\| {2}\| The language\. \|/);
    assert.match(text, /\| `kpis` \| `Kpi\[\]` \| `\[\]` \| The KPIs, standalone\. \|/);
    assert.match(text, /\| `view` \| {2}\| {2}\| Read-only\. The view\. \|/);
    const properties = text.slice(text.indexOf('**Properties'), text.indexOf('**Methods'));
    assert.doesNotMatch(properties, /asOf/, 'a field with an attribute is not repeated');
    assert.doesNotMatch(text, /secret|styles/);
    assert.match(text, /\| `export\(options\?: \{ format\?: Format \}\): Promise<Blob>` \| Exports\. \|/);
    assert.match(text, /\| `pk-x-pick` \| `XPickEvent` \| Picked\. \|/);
    assert.equal(text.match(/PkErrorEvent/g), null, 'an event without a name is left out');
    assert.match(text, /\| `base` \| The box\. \|/);
    assert.match(text, /\| `--pk-x-height` \| Height\. \|/);
    assert.match(text, /global tokens `--pk-font-family` \(\[theming\.md\]\(theming\.md\)\)/);
  });

  test('markers are added at the end of the element section, and later only their content changes', () => {
    const page = '# Elements\n\n## `<pk-x>`\n\nProse.\n\n## States\n\nMore prose.\n';
    const first = updatePage(page, new Map([['pk-x', 'REF 1']]));
    assert.equal(
      first,
      '# Elements\n\n## `<pk-x>`\n\nProse.\n\n<!-- reference:pk-x:start -->\n\nREF 1\n\n<!-- reference:pk-x:end -->\n\n## States\n\nMore prose.\n',
    );
    const edited = first.replace('Prose.', 'Prose, edited.').replace('More prose.', 'Other prose.');
    const second = updatePage(edited, new Map([['pk-x', 'REF 2']]));
    assert.equal(second, edited.replace('REF 1', 'REF 2'));
  });

  test('the last section gets its markers at the end of the page', () => {
    assert.match(
      updatePage('## `<pk-x>`\n\nProse.\n', new Map([['pk-x', 'REF']])),
      /Prose\.\n\n<!-- reference:pk-x:start -->\n\nREF\n\n<!-- reference:pk-x:end -->\n\n$/,
    );
  });

  test('an element without a section, or a start marker without its end, is an error', () => {
    assert.throws(() => updatePage('## `<pk-y>`\n', new Map([['pk-x', 'REF']])), /no section/);
    assert.throws(() => updatePage('<!-- reference:pk-x:start -->\n', new Map([['pk-x', 'REF']])), /has no/);
  });

  test('elementsOf keeps the custom elements with a tag name only', () => {
    const manifest = manifestOf(
      { kind: 'class', name: 'Base', customElement: true },
      { kind: 'class', name: 'XElement', customElement: true, tagName: 'pk-x' },
      { kind: 'function', name: 'helper' },
    );
    assert.deepEqual(
      elementsOf(manifest).map((declaration) => declaration.tagName),
      ['pk-x'],
    );
  });
});
