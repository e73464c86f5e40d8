// Page: pk-grid-map with the county's grids as its `.grids` GeoJSON, coloured by retailer count, one grid selected
// (the hand-written same-content map draws its outline too).
import { exposeGridMapBench } from './pk-grid-map.js';
import { selectedGridOf } from './same-content.js';

exposeGridMapBench(({ grids }) => ({
  configure: (map) => {
    map.grids = grids;
    map.selected = selectedGridOf(grids);
  },
  drawn: { shape: 'path', count: grids.features.length, what: 'grids' },
}));
