// Page: one zoom step (×1.5 about the centre) or one pan step (40 px) of the hand-written same-content SVG map,
// drawn untimed beforehand: a new transform on the grids' group and the labels that fit placed again.
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame, mapHeight, mapWidth } from './county.js';
import { drawSameContent, selectedGridOf, type View } from './same-content.js';
import { panStep, stepOf, zoomStep } from './view-step.js';

exposeBench((params) => {
  const { grids } = countyFor(params);
  const step = stepOf(params);
  const frame = mapFrame();
  const map = drawSameContent(grids, selectedGridOf(grids));
  frame.append(map.svg);
  return async () => {
    let view: View = { k: 1, x: 0, y: 0 };
    const sample = await measureToPaint(() => {
      if (step === 'zoom') {
        // About the centre, as the zoom-in button.
        const [cx, cy] = [mapWidth / 2, mapHeight / 2];
        view = { k: zoomStep, x: cx - cx * zoomStep, y: cy - cy * zoomStep };
      } else view = { k: 1, x: panStep.dx, y: panStep.dy };
      map.setView(view);
    });
    const transform = map.svg.querySelector('g')?.getAttribute('transform') ?? '';
    check(
      transform === `translate(${view.x} ${view.y}) scale(${view.k})`,
      `the view group shows the step (${transform})`,
    );
    return sample;
  };
});
