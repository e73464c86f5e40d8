// Page: one zoom step (the zoom-in button, ×1.5 about the centre) or one pan step (a 40 px pointer drag) of
// pk-grid-map showing the county, drawn untimed beforehand; timed from the start of a frame to the paint.
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame, mapHeight, mapWidth } from './county.js';
import type { GridMapElement } from './pk-grid-map.js';
import { selectedGridOf } from './same-content.js';
import { panStep, stepOf, zoomStep } from './view-step.js';

exposeBench(async (params) => {
  const { grids } = countyFor(params);
  const step = stepOf(params);
  const frame = mapFrame();
  await customElements.whenDefined('pk-grid-map');
  const map = document.createElement('pk-grid-map') as GridMapElement;
  map.setAttribute('metric', 'retailers');
  map.grids = grids;
  map.selected = selectedGridOf(grids);
  frame.append(map);
  await map.updateComplete;
  const root = map.shadowRoot;
  const svg = root?.querySelector('svg.map');
  const zoomIn = root?.querySelector<HTMLButtonElement>('[part="zoom-in"]');
  check(svg instanceof SVGSVGElement && zoomIn != null, 'pk-grid-map drew its map and toolbar');
  check((root?.querySelectorAll('.grids path').length ?? 0) === grids.features.length, 'every grid is drawn');
  const centre = { x: mapWidth / 2, y: mapHeight / 2 };
  if (step === 'pan') {
    // The button goes down untimed; the timed step is the pointer's first move past the drag threshold.
    const rect = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new PointerEvent('pointerdown', {
        bubbles: true,
        pointerId: 1,
        button: 0,
        clientX: rect.left + centre.x,
        clientY: rect.top + centre.y,
      }),
    );
  }
  return async () => {
    const before = map.view;
    const sample = await measureToPaint(() => {
      if (step === 'zoom') zoomIn.click();
      else {
        const rect = svg.getBoundingClientRect();
        svg.dispatchEvent(
          new PointerEvent('pointermove', {
            bubbles: true,
            pointerId: 1,
            clientX: rect.left + centre.x + panStep.dx,
            clientY: rect.top + centre.y + panStep.dy,
          }),
        );
      }
      return map.updateComplete;
    });
    const after = map.view;
    if (step === 'zoom') check(Math.abs(after.k / before.k - zoomStep) < 1e-9, `zoomed ×${zoomStep} (k ${after.k})`);
    else check(after.x - before.x === panStep.dx && after.y - before.y === panStep.dy, 'panned by the step');
    const transform = root?.querySelector('g.view')?.getAttribute('transform') ?? '';
    check(transform.includes(`scale(${after.k})`), `the view group shows the new view (${transform})`);
    return sample;
  };
});
