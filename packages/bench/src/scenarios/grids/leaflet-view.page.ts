// Page: one zoom step (×1.5 about the centre) or one pan step (40 px) of Leaflet's canvas renderer showing the
// county (L.geoJSON in CRS.Simple, drawn untimed beforehand), animations off. Leaflet redraws its canvas in its
// next animation frame: measured over two.
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { check, exposeBench, measureToPaint, nextPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from './county.js';
import { leafletGrids, leafletMap } from './leaflet-county.js';
import { panStep, stepOf, zoomStep } from './view-step.js';

exposeBench(async (params) => {
  const { grids } = countyFor(params);
  const step = stepOf(params);
  const frame = mapFrame();
  const map = leafletMap(frame, { renderer: L.canvas() });
  const layer = leafletGrids(grids);
  map.fitBounds(layer.getBounds(), { animate: false });
  layer.addTo(map);
  await nextPaint();
  return async () => {
    const zoom = map.getZoom();
    const centre = map.getCenter();
    const sample = await measureToPaint(
      () => {
        if (step === 'zoom') map.setZoom(zoom + Math.log2(zoomStep), { animate: false });
        else map.panBy([panStep.dx, panStep.dy], { animate: false });
      },
      { frames: 2 },
    );
    if (step === 'zoom') check(Math.abs(map.getZoom() - zoom - Math.log2(zoomStep)) < 1e-9, 'zoomed one step');
    else check(!map.getCenter().equals(centre), 'panned');
    return sample;
  };
});
