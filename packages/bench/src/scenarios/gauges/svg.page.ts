// Page: the hand-written baseline, a minimal but complete SVG gauge per KPI built with DOM APIs
// (track and value arcs, target marker, value, label, status), from the same SDK evaluation as the element.
import type { Kpi } from '@plankit/sdk';
import { asOf, exposeDrawnGauges } from './gauge-data.js';
import { gaugeModel } from './gauge-model.js';

const svgNs = 'http://www.w3.org/2000/svg';
const startAngle = (-210 * Math.PI) / 180;
const sweep = (240 * Math.PI) / 180;
const centre = { x: 60, y: 52 };
const radius = 40;

function pointAt(fraction: number, r = radius): string {
  const angle = startAngle + sweep * fraction;
  return `${(centre.x + r * Math.cos(angle)).toFixed(2)} ${(centre.y + r * Math.sin(angle)).toFixed(2)}`;
}

function arc(fraction: number): string {
  return `M ${pointAt(0)} A ${radius} ${radius} 0 ${sweep * fraction > Math.PI ? 1 : 0} 1 ${pointAt(fraction)}`;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function text(content: string, attributes: Record<string, string>): SVGTextElement {
  const element = svgElement('text', { 'text-anchor': 'middle', ...attributes });
  element.textContent = content;
  return element;
}

function drawGauge(kpi: Kpi): SVGSVGElement {
  const model = gaugeModel(kpi, asOf);
  const svg = svgElement('svg', {
    viewBox: '0 0 120 100',
    role: 'img',
    'aria-label': `${model.label} ${model.valueText} ${model.statusText}`,
  });
  svg.append(
    svgElement('path', { d: arc(1), fill: 'none', stroke: '#e5e7eb', 'stroke-width': '8', 'stroke-linecap': 'round' }),
    svgElement('path', {
      d: arc(Math.max(model.fraction, 0.001)),
      fill: 'none',
      stroke: model.colour,
      'stroke-width': '8',
      'stroke-linecap': 'round',
    }),
    svgElement('path', {
      d: `M ${pointAt(model.markerFraction, radius - 7)} L ${pointAt(model.markerFraction, radius + 7)}`,
      stroke: '#111827',
      'stroke-width': '2',
    }),
    text(model.valueText, { x: '60', y: '56', 'font-size': '14', 'font-weight': '600' }),
    text(model.statusText, { x: '60', y: '70', 'font-size': '9', fill: model.colour }),
    text(model.label, { x: '60', y: '94', 'font-size': '9' }),
  );
  return svg;
}

exposeDrawnGauges(drawGauge, 'svg > path:nth-of-type(2)');
