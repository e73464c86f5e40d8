// Page: pk-grid-map showing retailers (`.retailers`, attribute show-retailers) over the county's 200 grids, which
// every other variant draws too.
import type { GridCollection, Retailer } from '@plankit/sdk';
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from '../grids/county.js';

/** The part of the element's public surface the page uses (the element module is imported by the harness). */
interface GridMapElement extends HTMLElement {
  grids: GridCollection | null | undefined;
  retailers: readonly Retailer[] | null | undefined;
  updateComplete: Promise<unknown>;
}

exposeBench(async (params) => {
  const { grids, retailers } = countyFor(params);
  const frame = mapFrame();
  await customElements.whenDefined('pk-grid-map');
  return async () => {
    let map: GridMapElement | null = null;
    const sample = await measureToPaint(() => {
      map = document.createElement('pk-grid-map') as GridMapElement;
      map.setAttribute('metric', 'retailers');
      map.setAttribute('show-retailers', '');
      map.grids = grids;
      map.retailers = retailers;
      frame.append(map);
      return map.updateComplete;
    });
    // Drawn as SVG, or on a canvas that must hold ink when the measurement ends (a canvas drawn in a later
    // frame would mean the page has to measure more frames: measureToPaint's `frames`).
    const root = (map as GridMapElement | null)?.shadowRoot;
    const canvas = root?.querySelector('canvas');
    const drawn = canvas ? canvasHasInk(canvas) : (root?.querySelectorAll('circle').length ?? 0) >= retailers.length;
    check(drawn, `pk-grid-map drew ${retailers.length} retailers when the measurement ended`);
    return sample;
  };
});
