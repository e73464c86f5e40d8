// Page: pk-grid-map with the county's grids as its `.grids` GeoJSON, coloured by retailer count, one grid selected
// (the hand-written same-content map draws its outline too).
import type { GridCollection } from '@plankit/sdk';
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from './county.js';
import { selectedGridOf } from './same-content.js';

/** The part of the element's public surface the page uses (the element module is imported by the harness). */
interface GridMapElement extends HTMLElement {
  grids: GridCollection | null | undefined;
  selected: string | null;
  updateComplete: Promise<unknown>;
}

exposeBench(async (params) => {
  const { grids } = countyFor(params);
  const frame = mapFrame();
  await customElements.whenDefined('pk-grid-map');
  return async () => {
    let map: GridMapElement | null = null;
    const sample = await measureToPaint(() => {
      map = document.createElement('pk-grid-map') as GridMapElement;
      map.setAttribute('metric', 'retailers');
      map.grids = grids;
      map.selected = selectedGridOf(grids);
      frame.append(map);
      return map.updateComplete;
    });
    // Drawn as SVG, or on a canvas that must hold ink when the measurement ends (a canvas drawn in a later
    // frame would mean the page has to measure more frames: measureToPaint's `frames`).
    const root = (map as GridMapElement | null)?.shadowRoot;
    const canvas = root?.querySelector('canvas');
    const drawn = canvas ? canvasHasInk(canvas) : (root?.querySelectorAll('path').length ?? 0) >= grids.features.length;
    check(drawn, `pk-grid-map drew ${grids.features.length} grids when the measurement ended`);
    return sample;
  };
});
