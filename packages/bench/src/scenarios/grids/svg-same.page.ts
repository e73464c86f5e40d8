// Page: the hand-written SVG map with pk-grid-map's content: fill, stroke, the selected grid's outline and the
// names where they fit (same-content.ts); with `parts=widget`, also the element's toolbar, legend and selected
// grid's panel as plain DOM (widget-parts.ts).
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { asOfOf, countyFor, mapFrame } from './county.js';
import { drawSameContent, selectedGridOf } from './same-content.js';
import { drawWidgetParts, partTexts, shownParts } from './widget-parts.js';

exposeBench((params) => {
  const county = countyFor(params);
  const { grids } = county;
  const parts = params.get('parts');
  check(parts === null || parts === 'widget', `parts=${String(parts)} is widget or absent`);
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      const selectedId = selectedGridOf(grids);
      const map = drawSameContent(grids, selectedId).svg;
      frame.append(
        parts === null ? map : drawWidgetParts(map, { grids, items: county.items, selectedId, asOf: asOfOf(county) }),
      );
    });
    check(
      frame.querySelectorAll('path').length === grids.features.length + 2,
      `${grids.features.length} grid paths and the selection outline`,
    );
    if (parts !== null) {
      const texts = partTexts(frame);
      check(
        shownParts.every((part) => (texts[part] ?? '') !== ''),
        `the toolbar, legend and panel show text (${JSON.stringify(texts)})`,
      );
      check(frame.querySelectorAll('.w-pipeline li').length === 5, 'the panel shows the five stages of the pipeline');
    }
    return sample;
  };
});
