// Page: the hand-written SVG map with pk-grid-map's content: fill, stroke, the selected grid's outline and the
// names where they fit (same-content.ts).
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from './county.js';
import { drawSameContent, selectedGridOf } from './same-content.js';

exposeBench((params) => {
  const { grids } = countyFor(params);
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      frame.append(drawSameContent(grids, selectedGridOf(grids)).svg);
    });
    check(
      frame.querySelectorAll('path').length === grids.features.length + 2,
      `${grids.features.length} grid paths and the selection outline`,
    );
    return sample;
  };
});
