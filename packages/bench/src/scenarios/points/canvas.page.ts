// Page: the hand-written canvas baseline: the county's grids as pk-grid-map draws them (SVG paths, names where they
// fit: grids/same-content.ts), then every retailer as a filled circle on a canvas over them, one path per colour.
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame, mapHeight, mapWidth } from '../grids/county.js';
import { drawSameContent } from '../grids/same-content.js';
import { overlayStyles, pointRadius, pointsOf } from './retailers.js';

exposeBench((params) => {
  const county = countyFor(params);
  const { retailers, colours } = pointsOf(county);
  const frame = mapFrame();
  overlayStyles();
  return async () => {
    let drawn = 0;
    const sample = await measureToPaint(() => {
      const map = drawSameContent(county.grids, null);
      frame.append(map.svg);
      const canvas = document.createElement('canvas');
      canvas.width = mapWidth;
      canvas.height = mapHeight;
      frame.append(canvas);
      const context = canvas.getContext('2d');
      check(context !== null, 'a 2D canvas context');
      const byColour = new Map<string, number[]>();
      for (const retailer of retailers) {
        const colour = colours[retailer.tier] ?? '#000000';
        const [x, y] = map.project(retailer.location);
        let list = byColour.get(colour);
        if (!list) byColour.set(colour, (list = []));
        list.push(x, y);
      }
      for (const [colour, xy] of byColour) {
        context.beginPath();
        for (let index = 0; index < xy.length; index += 2) {
          const x = xy[index] as number;
          const y = xy[index + 1] as number;
          context.moveTo(x + pointRadius, y);
          context.arc(x, y, pointRadius, 0, Math.PI * 2);
          drawn += 1;
        }
        context.fillStyle = colour;
        context.fill();
      }
    });
    check(drawn === retailers.length, `${retailers.length} points drawn (got ${drawn})`);
    check(frame.querySelectorAll('path').length === county.grids.features.length, 'every grid drawn');
    const canvas = frame.querySelector('canvas');
    check(canvas !== null && canvasHasInk(canvas), 'the canvas has ink');
    return sample;
  };
});
