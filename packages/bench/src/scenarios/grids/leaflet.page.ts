// Page: the Leaflet peer, L.geoJSON on a tile-less map in CRS.Simple (lng/lat as plain x/y, like the
// hand-written projection), with the SVG or the canvas renderer (`renderer=svg|canvas`).
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from './county.js';
import { leafletGrids, leafletMap } from './leaflet-county.js';

exposeBench((params) => {
  const { grids } = countyFor(params);
  const useCanvas = params.get('renderer') === 'canvas';
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(
      () => {
        const map = leafletMap(frame, { renderer: useCanvas ? L.canvas() : L.svg() });
        const layer = leafletGrids(grids);
        map.fitBounds(layer.getBounds(), { animate: false });
        layer.addTo(map);
      },
      { frames: useCanvas ? 2 : 1 },
    );
    if (useCanvas) {
      const canvas = frame.querySelector('canvas');
      check(canvas !== null && canvasHasInk(canvas), 'Leaflet had drawn on its canvas when the measurement ended');
    } else {
      const paths = frame.querySelectorAll('path').length;
      check(paths === grids.features.length, `Leaflet drew ${grids.features.length} paths (got ${paths})`);
    }
    return sample;
  };
});
