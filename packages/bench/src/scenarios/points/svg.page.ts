// Page: the hand-written SVG baseline, one <circle> per retailer.
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, mapFrame, mapHeight, mapWidth } from '../grids/county.js';
import { pointRadius, pointsOf, projectRetailers } from './retailers.js';

const svgNs = 'http://www.w3.org/2000/svg';

exposeBench((params) => {
  const { retailers, colours } = pointsOf(countyFor(params));
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      const project = projectRetailers(retailers);
      const svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);
      for (const retailer of retailers) {
        const [x, y] = project(retailer);
        const circle = document.createElementNS(svgNs, 'circle');
        circle.setAttribute('cx', x.toFixed(1));
        circle.setAttribute('cy', y.toFixed(1));
        circle.setAttribute('r', String(pointRadius));
        circle.setAttribute('fill', colours[retailer.tier] ?? '#000000');
        svg.append(circle);
      }
      frame.append(svg);
    });
    check(frame.querySelectorAll('circle').length === retailers.length, `${retailers.length} circles`);
    return sample;
  };
});
