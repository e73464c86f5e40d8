// Scenario: 5,000 grid polygons from the SDK's generator, pk-grid-map against Leaflet (SVG and canvas),
// ECharts' map series and a hand-written SVG map.
import { fileURLToPath } from 'node:url';
import { ratioBudget, type Scenario } from '../../lib/scenario.js';

const page = (name: string) => fileURLToPath(new URL(`./${name}.page.ts`, import.meta.url));
const params = { grids: '5000', retailers: '5000' };

export const gridScenarios: Scenario[] = [
  {
    id: 'grids-5000',
    title: '5,000 grid polygons',
    method:
      'generateCounty({ seed: "plankit-bench", grids: 5000 }) from the SDK, drawn in an 800×600 frame and coloured by retailer count (five classes); time from the start of a frame to the paint showing the map, including projection and colouring. Leaflet: L.geoJSON in CRS.Simple, no tiles, fitBounds. ECharts: registerMap + a map series, animation off. Hand-written: a linear lng/lat projection into an SVG viewBox, one `<path>` per grid.',
    reference: 'svg',
    subject: 'pk',
    variants: [
      { id: 'pk', label: 'pk-grid-map', role: 'plankit', page: page('pk'), elements: ['pk-grid-map'], params },
      {
        id: 'leaflet-svg',
        label: 'Leaflet (SVG renderer)',
        role: 'peer',
        page: page('leaflet'),
        params: { ...params, renderer: 'svg' },
      },
      {
        id: 'leaflet-canvas',
        label: 'Leaflet (canvas renderer)',
        role: 'peer',
        page: page('leaflet'),
        params: { ...params, renderer: 'canvas' },
      },
      { id: 'echarts', label: 'ECharts map (canvas)', role: 'peer', page: page('echarts'), params },
      { id: 'svg', label: 'hand-written SVG', role: 'baseline', page: page('svg'), params },
    ],
    budgets: (outcome) => [
      ratioBudget(outcome, '5,000 grids ≤ 1.3× hand-written SVG', 'pk', 'svg', 1.3),
      ratioBudget(outcome, '5,000 grids ≤ 0.5× Leaflet canvas', 'pk', 'leaflet-canvas', 0.5),
    ],
  },
];
