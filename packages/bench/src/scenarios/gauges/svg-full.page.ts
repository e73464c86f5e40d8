// Page: a hand-written gauge that shows what pk-kpi-gauge shows (name, arc with value, target and pace
// markers, tolerance band, rule in words, status icon and text, last year, change and pace, sparkline), built with DOM
// APIs and styled like the element, from the same SDK evaluation. What it leaves out is what a component
// adds: shadow DOM, the provider link, localization, theming tokens, ARIA state, events and error states.
import type { Kpi } from '@plankit/sdk';
import { asOf, exposeDrawnGauges } from './gauge-data.js';
import { gaugeContent, statusIcon, statusText } from './gauge-content.js';

const svgNs = 'http://www.w3.org/2000/svg';
const ARC = 'M26.06 91.94A48 48 0 1 1 93.94 91.94';

const styles = `
  .g { box-sizing: border-box; height: 100%; padding: 1rem; border: 1px solid #d0d7de; border-radius: 0.5rem;
    background: #fff; color: #1f2328; text-align: center; font-size: 0.875rem; line-height: 1.5;
    font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; --s: #59636e; }
  .g > * + * { margin-top: 0.25rem; }
  .met { --s: #1a7f37; } .on-track { --s: #0b7285; } .at-risk { --s: #9a6700; } .off-track { --s: #cf222e; }
  .label, .rule { word-break: keep-all; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
    -webkit-line-clamp: 2; overflow: hidden; }
  .label { font-weight: 600; line-height: 1.4; }
  .scale { display: block; overflow: visible; width: 9rem; max-width: 100%; margin-inline: auto; }
  .track, .indicator, .zone { fill: none; stroke-width: 8; }
  .track { stroke: #eaeef2; } .zone { stroke: var(--s); opacity: 0.25; } .indicator { stroke: var(--s); }
  .marker { stroke: #1f2328; stroke-width: 2; } .pace { stroke: #59636e; stroke-dasharray: 2 2; }
  .value { font-weight: 600; fill: currentColor; }
  .rule, .meta { font-size: 0.75rem; color: #59636e; word-break: keep-all; overflow-wrap: anywhere; }
  .meta { white-space: pre-line; }
  .status { display: flex; align-items: center; justify-content: center; gap: 0.25rem; color: var(--s);
    font-weight: 600; }
  .status svg path { fill: currentColor; stroke-linecap: round; stroke-linejoin: round; }
  .status svg .mark { fill: none; stroke: #fff; stroke-width: 1.7; }
  .on-track .status svg path, .no-data .status svg path { fill: none; stroke: currentColor; stroke-width: 1.6; }
  .sparkline { display: block; width: 100%; height: 1.5rem; }
  .sparkline polyline { fill: none; stroke: var(--s); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
`;

function element<K extends keyof HTMLElementTagNameMap>(name: K, className: string, text?: string) {
  const node = document.createElement(name);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  return node;
}

function drawGauge(kpi: Kpi): HTMLElement {
  const content = gaugeContent(kpi, asOf);
  const { name, valueText, status } = content;

  const gauge = element('div', `g ${status}`);
  gauge.setAttribute('role', 'img');
  gauge.setAttribute('aria-label', `${name} ${valueText} ${statusText[status]}`);
  const label = element('div', 'label', name);
  label.title = name;

  const scale = svgElement('svg', { class: 'scale', viewBox: '0 0 120 100' });
  scale.append(svgElement('path', { class: 'track', d: ARC, pathLength: 100 }));
  if (content.zone !== null) {
    const [from, to] = content.zone;
    scale.append(
      svgElement('path', { class: 'zone', d: ARC, pathLength: 100, 'stroke-dasharray': `0 ${from} ${to - from} 100` }),
    );
  }
  scale.append(
    svgElement('path', { class: 'indicator', d: ARC, pathLength: 100, 'stroke-dasharray': `${content.reached} 100` }),
  );
  const tick = (className: string, at: number) =>
    svgElement('line', {
      class: className,
      x1: 102,
      y1: 58,
      x2: 118,
      y2: 58,
      transform: `rotate(${135 + at * 2.7} 60 58)`,
    });
  if (content.expected !== null) scale.append(tick('marker pace', content.expected));
  scale.append(tick('marker target', content.target));
  const value = svgElement('text', {
    class: 'value',
    x: 60,
    y: 58,
    'font-size': 18,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
  });
  value.textContent = valueText;
  scale.append(value);

  const rule = element('span', 'rule', content.ruleText);
  rule.title = content.ruleText;

  const statusLine = element('div', 'status');
  const icon = svgElement('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' });
  const [shape, mark] = statusIcon[status];
  icon.append(svgElement('path', { d: shape }), svgElement('path', { class: 'mark', d: mark }));
  statusLine.append(icon, statusText[status]);
  gauge.append(label, scale, rule, statusLine, element('div', 'meta', content.meta.join('\n')));

  const { series } = content;
  if (series.length > 1) {
    const low = Math.min(...series);
    const span = Math.max(...series) - low || 1;
    let points = '';
    for (let index = 0; index < series.length; index++)
      points += `${(index / (series.length - 1)) * 100},${22 - (((series[index] ?? low) - low) / span) * 20} `;
    const sparkline = svgElement('svg', { class: 'sparkline', viewBox: '0 0 100 24', preserveAspectRatio: 'none' });
    sparkline.append(svgElement('polyline', { points }));
    gauge.append(sparkline);
  }
  return gauge;
}

exposeDrawnGauges(drawGauge, '.g .scale .indicator', styles);
