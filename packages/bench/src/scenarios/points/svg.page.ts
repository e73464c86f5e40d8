// Page: the hand-written SVG baseline: the county's grids as pk-grid-map draws them (grids/same-content.ts), then
// one <circle> per retailer over them.
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame } from '../grids/county.js';
import { drawSameContent } from '../grids/same-content.js';
import { pointRadius, pointsOf } from './retailers.js';

const svgNs = 'http://www.w3.org/2000/svg';

exposeBench((params) => {
  const county = countyFor(params);
  const { retailers, colours } = pointsOf(county);
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      const map = drawSameContent(county.grids, null);
      const points = document.createElementNS(svgNs, 'g');
      for (const retailer of retailers) {
        const [x, y] = map.project(retailer.location);
        const circle = document.createElementNS(svgNs, 'circle');
        circle.setAttribute('cx', x.toFixed(1));
        circle.setAttribute('cy', y.toFixed(1));
        circle.setAttribute('r', String(pointRadius));
        circle.setAttribute('fill', colours[retailer.tier] ?? '#000000');
        points.append(circle);
      }
      map.svg.append(points);
      frame.append(map.svg);
    });
    check(frame.querySelectorAll('circle').length === retailers.length, `${retailers.length} circles`);
    check(frame.querySelectorAll('path').length === county.grids.features.length, 'every grid drawn');
    return sample;
  };
});
