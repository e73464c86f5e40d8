// The registry of targets (src/targets.ts) against @plankit/elements' one list of elements: every widget the
// package lists is a target of every suite, and every target is a listed widget. A new widget that has no
// target yet fails here, by name, until its entry in src/targets.ts is filled in.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawingWidgets } from '@plankit/elements/widgets';
import { TARGETS, TARGET_TAGS } from '../src/targets.js';

describe('hardening targets', () => {
  test('are exactly the widgets of @plankit/elements (src/widgets.ts), the provider aside', () => {
    const listed: readonly string[] = drawingWidgets.map((widget) => widget.tag);
    assert.deepEqual(
      listed.filter((tag) => !TARGET_TAGS.includes(tag)),
      [],
      'listed widgets without a target in packages/hardening/src/targets.ts',
    );
    assert.deepEqual(
      TARGET_TAGS.filter((tag) => !listed.includes(tag)),
      [],
      'targets that are not in packages/elements/src/widgets.ts',
    );
    assert.equal(new Set(TARGET_TAGS).size, TARGET_TAGS.length, 'one target per tag');
  });

  for (const widget of drawingWidgets) {
    test(`<${widget.tag}>: standalone data goes to its data property, "${widget.data}"`, (t) => {
      const target = TARGETS.find((candidate) => candidate.tag === widget.tag);
      if (target === undefined) return t.skip('no target yet (the test above names it)');
      assert.equal(target.standalone('text').property, widget.data);
    });
  }
});
