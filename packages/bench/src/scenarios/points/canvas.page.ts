// Page: the hand-written canvas baseline, every retailer as a filled circle, one path per colour.
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame, mapHeight, mapWidth } from '../grids/county.js';
import { pointRadius, pointsOf, projectRetailers } from './retailers.js';

exposeBench((params) => {
  const { retailers, colours } = pointsOf(countyFor(params));
  const frame = mapFrame();
  return async () => {
    let drawn = 0;
    const sample = await measureToPaint(() => {
      const project = projectRetailers(retailers);
      const canvas = document.createElement('canvas');
      canvas.width = mapWidth;
      canvas.height = mapHeight;
      frame.append(canvas);
      const context = canvas.getContext('2d');
      check(context !== null, 'a 2D canvas context');
      const byColour = new Map<string, number[]>();
      for (const retailer of retailers) {
        const colour = colours[retailer.tier] ?? '#000000';
        const [x, y] = project(retailer);
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
    const canvas = frame.querySelector('canvas');
    check(canvas !== null && canvasHasInk(canvas), 'the canvas has ink');
    return sample;
  };
});
