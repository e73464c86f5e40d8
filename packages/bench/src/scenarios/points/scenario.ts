// Scenario: 20,000 retailer points, hand-written SVG circles and canvas against Leaflet circle markers on canvas.
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../lib/scenario.js';

const page = (name: string) => fileURLToPath(new URL(`./${name}.page.ts`, import.meta.url));
const params = { grids: '200', retailers: '20000' };

export const pointScenarios: Scenario[] = [
  {
    id: 'points-20000',
    title: '20,000 retailer points',
    method:
      'The 20,000 retailers of generateCounty({ seed: "plankit-bench", grids: 200, retailers: 20000 }), projected into an 800×600 frame and coloured by tier band; time from the start of a frame to the paint showing every point. Leaflet: one circleMarker each on its canvas renderer, CRS.Simple, no tiles. Hand-written: SVG `<circle>`s, or one canvas path per colour.',
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
    ],
    budgets: () => [],
  },
];
