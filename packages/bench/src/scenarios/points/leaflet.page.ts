// Page: the Leaflet peer, the county's grids (L.geoJSON, filled and stroked) and one L.circleMarker per retailer on
// the canvas renderer (Leaflet's fast path for many points), tile-less in CRS.Simple. Leaflet's canvas draws in its
// next animation frame: measured over two.
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from '../grids/county.js';
import { leafletGrids, leafletMap } from '../grids/leaflet-county.js';
import { pointRadius, pointsOf } from './retailers.js';

exposeBench((params) => {
  const county = countyFor(params);
  const { retailers, colours } = pointsOf(county);
  const frame = mapFrame();
  return async () => {
    let markers = 0;
    const sample = await measureToPaint(
      () => {
        const map = leafletMap(frame, { preferCanvas: true });
        const grids = leafletGrids(county.grids);
        const layer = L.featureGroup(
          retailers.map((retailer) =>
            L.circleMarker([retailer.location[1], retailer.location[0]], {
              radius: pointRadius,
              stroke: false,
              fillOpacity: 1,
              fillColor: colours[retailer.tier] ?? '#000000',
            }),
          ),
        );
        map.fitBounds(grids.getBounds(), { animate: false });
        grids.addTo(map);
        layer.addTo(map);
        markers = layer.getLayers().length;
      },
      { frames: 2 },
    );
    const canvas = frame.querySelector('canvas');
    check(markers === retailers.length, `${retailers.length} markers (got ${markers})`);
    check(canvas !== null && canvasHasInk(canvas), 'Leaflet had drawn on its canvas when the measurement ended');
    return sample;
  };
});
