// The analyzer plugin that names each event's detail type in the manifest.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { eventDetailPlugin } from './event-detail-plugin.js';

const source = `
export class XSelectEvent extends PkEvent<XSelectDetail> {}
export class OtherEvent extends Event {}
export class YEvent extends SomethingElse<YDetail> {}
`;

/** The manifest's members after the plugin saw `source`, with every class's inherited `detail` typed `Detail`. */
function detailTypes(): Record<string, string | undefined> {
  const plugin = eventDetailPlugin();
  const visit = (node: ts.Node): void => {
    plugin.analyzePhase({ ts, node });
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true));
  const declaration = (name: string) => ({
    kind: 'class',
    name,
    members: [
      { kind: 'field', name: 'eventName', type: { text: 'string' } },
      { kind: 'field', name: 'detail', type: { text: 'Detail' } },
    ],
  });
  const manifest = { modules: [{ declarations: ['XSelectEvent', 'OtherEvent', 'YEvent'].map(declaration) }] };
  plugin.packageLinkPhase({ customElementsManifest: manifest });
  return Object.fromEntries(
    manifest.modules[0]!.declarations.map((d) => [d.name, d.members.find((m) => m.name === 'detail')?.type.text]),
  );
}

describe('eventDetailPlugin', () => {
  test("a class extending PkEvent<T> gets T as its detail's type; other classes keep theirs", () => {
    assert.deepEqual(detailTypes(), { XSelectEvent: 'XSelectDetail', OtherEvent: 'Detail', YEvent: 'Detail' });
  });
});
