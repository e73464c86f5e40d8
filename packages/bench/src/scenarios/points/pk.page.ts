// Page: pk-grid-map showing retailers (`.retailers`, attribute show-retailers) over the county's 200 grids, which
// every other variant draws too.
import { exposeGridMapBench } from '../grids/pk-grid-map.js';

exposeGridMapBench(({ grids, retailers }) => ({
  configure: (map) => {
    map.setAttribute('show-retailers', '');
    map.grids = grids;
    map.retailers = retailers;
  },
  drawn: { shape: 'circle', count: retailers.length, what: 'retailers' },
}));
