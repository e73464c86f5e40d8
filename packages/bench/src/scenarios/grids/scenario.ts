// Scenarios: 5,000 grid polygons from the SDK's generator, pk-grid-map against Leaflet (SVG and canvas),
// ECharts' map series and hand-written SVG maps (bare, and with pk-grid-map's content); then one zoom step and one
// pan step of the drawn map.
import { figureBudget, msSpread, ratioBudget, type Scenario, pagesBeside } from '../../lib/scenario.js';
import { formatMs } from '../../lib/text-table.js';

const page = pagesBeside(import.meta.url);
const params = { grids: '5000', retailers: '5000' };

export const gridScenarios: Scenario[] = [
  {
    id: 'grids-5000',
    title: '5,000 grid polygons',
    method:
      'generateCounty({ seed: "plankit-bench", grids: 5000 }) from the SDK, drawn in an 800×600 frame and coloured by retailer count (five classes); time from the start of a frame to the paint showing the map, including projection and colouring. pk-grid-map has one grid selected. Leaflet: L.geoJSON in CRS.Simple, no tiles, fitBounds. ECharts: registerMap + a map series, animation off. Hand-written: a linear lng/lat projection into an SVG viewBox, one `<path>` per grid; the same-content one also draws the selected grid’s outline (halo and line) and the names where the grid’s box has room (none at 5,000 grids in 800×600, as in pk-grid-map), the reference of the issue’s 1.3× budget. pk-grid-map also draws its toolbar, legend and the selected grid’s panel.',
    reference: 'svg-same',
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
      { id: 'svg', label: 'hand-written SVG (fill and stroke only)', role: 'baseline', page: page('svg'), params },
      {
        id: 'svg-same',
        label: 'hand-written SVG, same content (fill, stroke, selection outline, labels)',
        role: 'baseline',
        page: page('svg-same'),
        params,
      },
    ],
    budgets: (outcome) => [
      ratioBudget(outcome, '5,000 grids ≤ 1.3× hand-written SVG of the same content', 'pk', 'svg-same', 1.3),
      ratioBudget(outcome, '5,000 grids ≤ 0.8× Leaflet canvas', 'pk', 'leaflet-canvas', 0.8),
    ],
  },
  ...(['zoom', 'pan'] as const).map((step): Scenario => ({
    id: `grids-5000-${step}`,
    title: `5,000 grids: one ${step} step`,
    method: `The 5,000 grids above, drawn untimed with one grid selected; then one ${
      step === 'zoom'
        ? 'zoom step (×1.5 about the centre: pk-grid-map’s + button)'
        : 'pan step (a 40 × 24 px pointer move: for pk-grid-map the first move of a drag, whose pointerdown is untimed)'
    }, timed from the start of a frame to the paint showing the new view. Hand-written: the same-content SVG map, a new transform on the grids’ group and the names that fit placed again. Leaflet: ${
      step === 'zoom' ? 'setZoom' : 'panBy'
    } without animation on its canvas renderer, which redraws in its next frame (measured over two).`,
    reference: 'svg',
    subject: 'pk',
    variants: [
      {
        id: 'pk',
        label: 'pk-grid-map',
        role: 'plankit',
        page: page('pk-view'),
        elements: ['pk-grid-map'],
        params: { ...params, step },
      },
      {
        id: 'leaflet-canvas',
        label: 'Leaflet (canvas renderer)',
        role: 'peer',
        page: page('leaflet-view'),
        params: { ...params, step },
      },
      {
        id: 'svg',
        label: 'hand-written SVG, same content',
        role: 'baseline',
        page: page('svg-view'),
        params: { ...params, step },
      },
    ],
    budgets: (outcome) => [
      figureBudget(
        outcome,
        `5,000 grids: one ${step} step painted within one frame (≤ 16.7 ms, median)`,
        'pk',
        (variant) => msSpread(variant).median,
        (median) => median <= 16.7,
        (median) => `${formatMs(median)} ms median`,
      ),
    ],
  })),
];
