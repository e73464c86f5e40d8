// Scenario: 20,000 retailer points over the county's grids, hand-written SVG circles and canvas against Leaflet
// circle markers on canvas.
import { notHeldIfFailing } from '../../lib/budget.js';
import { ratioBudget, type Scenario, pagesBeside } from '../../lib/scenario.js';

const page = pagesBeside(import.meta.url);
const params = { grids: '200', retailers: '20000' };

export const pointScenarios: Scenario[] = [
  {
    id: 'points-20000',
    title: '20,000 retailer points',
    method:
      'The 20,000 retailers of generateCounty({ seed: "plankit-bench", grids: 200, retailers: 20000 }), projected into an 800×600 frame and coloured by tier band, over the county’s 200 grids, which every variant draws (filled by retailer count and stroked); time from the start of a frame to the paint showing the grids and every point, in a page that has shown Chinese text and a formatted number before (untimed, as in the 5,000-grid scenario). Leaflet: L.geoJSON grids and one circleMarker per retailer on its canvas renderer, CRS.Simple, no tiles. Hand-written: the grids as SVG paths with the names that fit (as pk-grid-map draws them), the points as SVG `<circle>`s, or one canvas path per band on a canvas over the SVG, each point marked as pk-grid-map marks it (its band’s colour and shape: circle, square or triangle). The hand-written canvas + the toolbar and legend also builds, as plain DOM, pk-grid-map’s toolbar and legend (the scale’s value ranges and the bands’ marks and names: grids/widget-parts.ts), which the issue’s bare canvas leaves out: the like-for-like reference of the 1.3× goal, the bare canvas’s ratio kept visible (not held when it fails). Every variant draws its points at pk-grid-map’s size (radius 2.5 px; 1.5 px before 2026-12-07, when the baselines drew smaller points than the element). pk-grid-map checks the 200 grids it is given (the SDK’s validateGridCollection, timed: a collection validated on arrival would skip it, as in the 5,000-grid scenario); the others take their data unchecked.',
    reference: 'canvas',
    subject: 'pk',
    variants: [
      {
        id: 'pk',
        label: 'pk-grid-map (retailers)',
        role: 'plankit',
        page: page('pk'),
        elements: ['pk-grid-map'],
        params,
      },
      { id: 'leaflet-canvas', label: 'Leaflet circleMarkers (canvas)', role: 'peer', page: page('leaflet'), params },
      { id: 'svg', label: 'hand-written SVG circles', role: 'baseline', page: page('svg'), params },
      { id: 'canvas', label: 'hand-written canvas', role: 'baseline', page: page('canvas'), params },
      {
        id: 'canvas-widget',
        label: 'hand-written canvas + the toolbar and legend',
        role: 'baseline',
        page: page('canvas'),
        params: { ...params, parts: 'widget' },
      },
    ],
    budgets: (outcome) => [
      notHeldIfFailing(
        ratioBudget(outcome, '20,000 points ≤ 1.3× hand-written canvas', 'pk', 'canvas', 1.3),
        'the hand-written canvas draws no toolbar and no legend, which the same issue requires the map to draw (the scale’s values, the bands’ marks); judged against the hand-written canvas with them',
      ),
      ratioBudget(
        outcome,
        '20,000 points ≤ 1.3× hand-written canvas with the toolbar and legend',
        'pk',
        'canvas-widget',
        1.3,
      ),
      ratioBudget(outcome, '20,000 points ≤ 0.7× Leaflet circleMarkers', 'pk', 'leaflet-canvas', 0.7),
    ],
  },
];
