// Page: a hand-written gauge that shows what pk-kpi-gauge shows (name, arc with value, target and pace
// markers, rule in words, status icon and text, last year, change and pace, sparkline), built with DOM
// APIs and styled like the element, from the same SDK evaluation. What it leaves out is what a component
// adds: shadow DOM, the provider link, localization, theming tokens, ARIA state, events and error states.
import type { Kpi, KpiStatus } from '@plankit/sdk';
import { evaluateKpiWithSeries, formatValue } from '@plankit/sdk/domain';
import { asOf, exposeDrawnGauges } from './gauge-data.js';

const svgNs = 'http://www.w3.org/2000/svg';
const ARC = 'M26.06 91.94A48 48 0 1 1 93.94 91.94';

const statusText: Record<KpiStatus, string> = {
  met: '已达成',
  'on-track': '进度正常',
  'at-risk': '有风险',
  'off-track': '未达预期',
  'no-data': '暂无数据',
};

const statusIcon: Record<KpiStatus, [shape: string, mark: string]> = {
  met: ['M8 1a7 7 0 1 1 0 14A7 7 0 1 1 8 1z', 'M4.5 8.2l2.3 2.3 4.7-4.9'],
  'on-track': ['M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', 'M5 8h5.5M8.3 5.5L10.8 8l-2.5 2.5'],
  'at-risk': ['M8 1.5l7 12.5H1z', 'M8 6v3.8M8 11.9h0'],
  'off-track': ['M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z', 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8'],
  'no-data': ['M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', 'M5.2 8h5.6'],
};

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
  const { evaluation, series: monthly } = evaluateKpiWithSeries(kpi, asOf);
  const { actual, target, expected, lastYear, delta, status } = evaluation;
  const format = (value: number, signed = false) =>
    formatValue(value, kpi.unit === 'rank' && signed ? 'number' : kpi.unit, 'zh-CN', { signed });
  const values = [actual, target, expected, lastYear].filter((value): value is number => value !== null);
  const max = Math.max(1, ...values) * 1.15;
  const fraction = (value: number) => Math.min(1, Math.max(0, value / max)) * 100;
  const name = kpi.name.zh;
  const valueText = actual === null ? '—' : format(actual);

  const gauge = element('div', `g ${status}`);
  gauge.setAttribute('role', 'img');
  gauge.setAttribute('aria-label', `${name} ${valueText} ${statusText[status]}`);
  const label = element('div', 'label', name);
  label.title = name;

  const scale = svgElement('svg', { class: 'scale', viewBox: '0 0 120 100' });
  scale.append(svgElement('path', { class: 'track', d: ARC, pathLength: 100 }));
  if (kpi.rule.kind === 'band') {
    const spread = kpi.rule.tolerance * Math.abs(kpi.rule.target);
    const from = fraction(kpi.rule.target - spread);
    const dash = `0 ${from} ${fraction(kpi.rule.target + spread) - from} 100`;
    scale.append(svgElement('path', { class: 'zone', d: ARC, pathLength: 100, 'stroke-dasharray': dash }));
  }
  const reached = actual === null ? 0 : fraction(actual);
  scale.append(
    svgElement('path', { class: 'indicator', d: ARC, pathLength: 100, 'stroke-dasharray': `${reached} 100` }),
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
  if (expected !== null) scale.append(tick('marker pace', fraction(expected)));
  scale.append(tick('marker target', fraction(target)));
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

  const ruleText = `目标 ${evaluation.ruleText.zh}`;
  const rule = element('span', 'rule', ruleText);
  rule.title = ruleText;

  const statusLine = element('div', 'status');
  const icon = svgElement('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' });
  const [shape, mark] = statusIcon[status];
  icon.append(svgElement('path', { d: shape }), svgElement('path', { class: 'mark', d: mark }));
  statusLine.append(icon, statusText[status]);

  const meta: string[] = [];
  if (lastYear !== null) meta.push(`去年 ${format(lastYear)}`);
  if (delta !== null) {
    const change = format(delta, true);
    meta.push(change === format(0, true) ? '与去年持平' : `较去年 ${change}`);
  }
  if (expected !== null) meta.push(`应达进度 ${format(expected)}`);
  gauge.append(label, scale, rule, statusLine, element('div', 'meta', meta.join('\n')));

  const series = monthly.map((point) => point.value);
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
