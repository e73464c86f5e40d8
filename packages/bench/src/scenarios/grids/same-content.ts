// The hand-written SVG map drawing what pk-grid-map draws: every grid filled by its class and stroked, the selected
// grid's outline (a light halo under a dark line), and each grid's name where its box has room at the current zoom.
// Zoom and pan are a transform on the grids' group; the labels, outside it, are placed again for each view.
import type { GridCollection, Position } from '@plankit/sdk';
import { adoptStyles } from '../../lib/page-harness.js';
import { fillFor, fitProjection, mapHeight, mapWidth, retailerCount, ringsOf } from './county.js';

const svgNs = 'http://www.w3.org/2000/svg';

/** As pk-grid-map: a name needs a box of 4 × 2 font sizes and at most this many are drawn. */
const fontPx = 12;
const maxLabels = 250;

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface SameContentMap {
  svg: SVGSVGElement;
  /** The map's projection: [lng, lat] → pixels of the 800×600 frame. */
  project(position: Position): [number, number];
  /** Applies a zoom and pan: the transform, the stroke width and the labels that fit. */
  setView(view: View): void;
  /** How many labels the current view shows. */
  labelCount(): number;
}

/** The selected grid of every map variant: one in the middle of the collection. */
export function selectedGridOf(grids: GridCollection): string {
  return grids.features[Math.floor(grids.features.length / 2)]?.id ?? '';
}

/**
 * Draws the county as pk-grid-map does (one `<path>` per grid, the outline of the grid `selectedId` if any, the
 * labels) into a new `<svg>`.
 */
export function drawSameContent(grids: GridCollection, selectedId: string | null): SameContentMap {
  adoptStyles(`
    .outline { fill: none; vector-effect: non-scaling-stroke; }
    .halo { stroke: #ffffff; stroke-width: 5px; }
    .line { stroke: #111827; stroke-width: 2.5px; }
    .labels text { font: ${fontPx}px system-ui, sans-serif; fill: #111827; stroke: #ffffff; stroke-width: 3px;
      paint-order: stroke; text-anchor: middle; dominant-baseline: central; }
  `);
  const features = grids.features;
  const project = fitProjection(features.flatMap((grid) => ringsOf(grid).flat()));
  const max = Math.max(...features.map(retailerCount));
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);
  const view = document.createElementNS(svgNs, 'g');
  const group = document.createElementNS(svgNs, 'g');
  group.setAttribute('stroke', '#ffffff');
  const anchors: { x: number; y: number; width: number; height: number; name: string }[] = [];
  let selectedD = '';
  for (const grid of features) {
    let d = '';
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const ring of ringsOf(grid)) {
      ring.forEach((position, index) => {
        const [x, y] = project(position);
        d += `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      });
      d += 'Z';
    }
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fillFor(retailerCount(grid), max));
    group.append(path);
    if (grid.id === selectedId) selectedD = d;
    anchors.push({
      x: (x0 + x1) / 2,
      y: (y0 + y1) / 2,
      width: x1 - x0,
      height: y1 - y0,
      name: grid.properties.name.zh,
    });
  }
  view.append(group);
  for (const className of selectedD === '' ? [] : ['outline halo', 'outline line']) {
    const outline = document.createElementNS(svgNs, 'path');
    outline.setAttribute('class', className);
    outline.setAttribute('d', selectedD);
    view.append(outline);
  }
  const labels = document.createElementNS(svgNs, 'g');
  labels.setAttribute('class', 'labels');
  svg.append(view, labels);

  const setView = ({ k, x, y }: View) => {
    view.setAttribute('transform', `translate(${x} ${y}) scale(${k})`);
    group.setAttribute('stroke-width', (0.5 / k).toFixed(3));
    const texts: SVGTextElement[] = [];
    for (const anchor of anchors) {
      if (texts.length >= maxLabels) break;
      const width = anchor.width * k;
      if (anchor.height * k < fontPx * 2 || width < fontPx * 4) continue;
      const cx = anchor.x * k + x;
      const cy = anchor.y * k + y;
      if (cx < 0 || cy < 0 || cx > mapWidth || cy > mapHeight) continue;
      const text = document.createElementNS(svgNs, 'text');
      text.setAttribute('x', cx.toFixed(1));
      text.setAttribute('y', cy.toFixed(1));
      // Cut to the box as pk-grid-map does (CJK a font size wide).
      const room = Math.max(1, Math.floor((width * 0.9) / fontPx));
      text.textContent = anchor.name.length <= room ? anchor.name : `${anchor.name.slice(0, room - 1)}…`;
      texts.push(text);
    }
    labels.replaceChildren(...texts);
  };
  setView({ k: 1, x: 0, y: 0 });
  return { svg, project, setView, labelCount: () => labels.childElementCount };
}
