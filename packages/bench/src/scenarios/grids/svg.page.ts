// Page: the hand-written baseline map, lng/lat projected into an SVG viewBox, one <path> per grid.
import { check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, fillFor, fitProjection, mapFrame, mapHeight, mapWidth, retailerCount, ringsOf } from './county.js';

const svgNs = 'http://www.w3.org/2000/svg';

exposeBench((params) => {
  const { grids } = countyFor(params);
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      const features = grids.features;
      const project = fitProjection(features.flatMap((grid) => ringsOf(grid).flat()));
      const max = Math.max(...features.map(retailerCount));
      const svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);
      for (const grid of features) {
        let d = '';
        for (const ring of ringsOf(grid)) {
          ring.forEach((position, index) => {
            const [x, y] = project(position);
            d += `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
          });
          d += 'Z';
        }
        const path = document.createElementNS(svgNs, 'path');
        path.setAttribute('d', d);
        path.setAttribute('fill', fillFor(retailerCount(grid), max));
        path.setAttribute('stroke', '#ffffff');
        path.setAttribute('stroke-width', '0.5');
        svg.append(path);
      }
      frame.append(svg);
    });
    check(frame.querySelectorAll('path').length === grids.features.length, `${grids.features.length} grid paths`);
    return sample;
  };
});
