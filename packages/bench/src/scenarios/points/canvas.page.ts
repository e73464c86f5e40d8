// Page: the hand-written canvas baseline: the county's grids as pk-grid-map draws them (SVG paths, names where they
// fit: grids/same-content.ts), then every retailer on a canvas over them as pk-grid-map marks it (its band's colour
// and shape: circle, square or triangle, at its size), one path per band.
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { asOfOf, countyFor, mapFrame, mapHeight, mapWidth } from '../grids/county.js';
import { drawSameContent } from '../grids/same-content.js';
import { drawWidgetParts } from '../grids/widget-parts.js';
import { overlayStyles, pointRadius, pointsOf, type PointMark } from './retailers.js';

exposeBench((params) => {
  const county = countyFor(params);
  const parts = params.get('parts');
  check(parts === null || parts === 'widget', `parts=${String(parts)} is widget or absent`);
  const { retailers, colours, marks } = pointsOf(county);
  const frame = mapFrame();
  overlayStyles();
  return async () => {
    let drawn = 0;
    const sample = await measureToPaint(() => {
      const map = drawSameContent(county.grids, null);
      frame.append(
        parts === null
          ? map.svg
          : drawWidgetParts(map.svg, { ...county, selectedId: null, asOf: asOfOf(county), scheme: county.scheme }),
      );
      const canvas = document.createElement('canvas');
      canvas.width = mapWidth;
      canvas.height = mapHeight;
      // Over the map and under the toolbar and legend, where pk-grid-map has its canvas.
      map.svg.after(canvas);
      const context = canvas.getContext('2d');
      check(context !== null, 'a 2D canvas context');
      const byColour = new Map<string, { mark: PointMark; xy: number[] }>();
      for (const retailer of retailers) {
        const colour = colours[retailer.tier] ?? '#000000';
        const [x, y] = map.project(retailer.location);
        let band = byColour.get(colour);
        if (!band) byColour.set(colour, (band = { mark: marks[retailer.tier] ?? 'circle', xy: [] }));
        band.xy.push(x, y);
      }
      const r = pointRadius;
      for (const [colour, { mark, xy }] of byColour) {
        context.beginPath();
        for (let index = 0; index < xy.length; index += 2) {
          const x = xy[index] as number;
          const y = xy[index + 1] as number;
          if (mark === 'circle') {
            context.moveTo(x + r, y);
            context.arc(x, y, r, 0, Math.PI * 2);
          } else if (mark === 'square') {
            context.rect(x - r, y - r, r * 2, r * 2);
          } else {
            context.moveTo(x, y - r * 1.2);
            context.lineTo(x + r * 1.2, y + r);
            context.lineTo(x - r * 1.2, y + r);
            context.closePath();
          }
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
