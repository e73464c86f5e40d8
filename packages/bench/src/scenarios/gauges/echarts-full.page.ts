// Page: the ECharts peer showing what pk-kpi-gauge shows (name, arc with value, target and pace markers
// drawn above it, tolerance band, rule in words on two lines at most, status icon and text, last year,
// change and pace, sparkline), one chart per KPI on the canvas renderer with animation off, from the same
// SDK evaluation as the other "same content" variant: the chart a developer would configure to show the
// element's content with ECharts.
import * as echarts from 'echarts/core';
import { GaugeChart, LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { asOf, cellWidth, makeCell, exposeCanvasGauges } from './gauge-data.js';
import { gaugeContent, statusColour, statusIcon, statusText, type GaugeContent } from './gauge-content.js';

echarts.use([GaugeChart, LineChart, GraphicComponent, GridComponent, TitleComponent, CanvasRenderer]);

// ECharts' graphic elements take SVG path data only as registered shapes: one per status icon and mark.
for (const [status, [shape, mark]] of Object.entries(statusIcon)) {
  echarts.graphic.registerShape(`pk-icon-${status}`, echarts.graphic.extendPath(shape, {}));
  echarts.graphic.registerShape(`pk-mark-${status}`, echarts.graphic.extendPath(mark, {}));
}

const width = cellWidth - 8;
/** Inside the card's 1 px border. */
const chartWidth = width - 2;
/** The element's arc: 270° from lower left to lower right, 58 px radius, 10 px wide (its 120-unit scale at 144 px). */
const arc = { centreY: 108, radius: 58, width: 10 };
const track = '#eaeef2';
const ink = '#1f2328';
const muted = '#59636e';
const lineHeight = 18;
const textWidth = width - 24;

/** Lines a 12 px string wraps to in the text column: CJK characters are about 12 px wide, the rest about 7. */
function wrappedLines(text: string): number {
  let pixels = 0;
  for (const character of text) pixels += character.charCodeAt(0) > 0x2e80 ? 12 : 7;
  return Math.max(1, Math.ceil(pixels / textWidth));
}

/** The axis line's colour stops (fraction of the arc, colour): the track, with the tolerance band on it. */
function trackStops(content: GaugeContent, colour: string): [number, string][] {
  if (content.zone === null) return [[1, track]];
  const [from, to] = content.zone;
  return [
    [from / 100, track],
    [to / 100, `${colour}40`],
    [1, track],
  ];
}

/** A marker tick across the arc at `at` (0…100), drawn above the value as the element draws it. */
function tick(at: number, style: Record<string, unknown>): Record<string, unknown> {
  const angle = ((225 - 2.7 * at) * Math.PI) / 180;
  const point = (radius: number) => [chartWidth / 2 + radius * Math.cos(angle), arc.centreY - radius * Math.sin(angle)];
  const [x1, y1] = point(arc.radius - 7);
  const [x2, y2] = point(arc.radius + 12);
  return { type: 'line', shape: { x1, y1, x2, y2 }, style, z: 10 };
}

function chartOption(content: GaugeContent): { option: echarts.EChartsCoreOption; height: number } {
  const colour = statusColour[content.status];
  const outlined = content.status === 'on-track' || content.status === 'no-data';
  const label = statusText[content.status];
  let y = arc.centreY + arc.radius + 8;
  const ruleY = y;
  y += Math.min(2, wrappedLines(content.ruleText)) * lineHeight + 4;
  const statusY = y;
  const statusWidth = 16 + 4 + label.length * 14;
  const statusX = (chartWidth - statusWidth) / 2;
  y += 22 + 4;
  const metaY = y;
  y += content.meta.length * lineHeight + 4;
  const sparklineY = y;
  const hasSparkline = content.series.length > 1;
  const height = (hasSparkline ? sparklineY + 24 : y) + 16;

  const option: echarts.EChartsCoreOption = {
    animation: false,
    title: {
      text: content.name,
      left: 'center',
      top: 16,
      textStyle: { fontSize: 14, fontWeight: 600, color: ink, width: textWidth, overflow: 'break' },
    },
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 1,
        startAngle: 225,
        endAngle: -45,
        radius: arc.radius,
        center: ['50%', arc.centreY],
        progress: { show: true, width: arc.width, itemStyle: { color: colour } },
        axisLine: { lineStyle: { width: arc.width, color: trackStops(content, colour) } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: { offsetCenter: [0, 0], fontSize: 22, fontWeight: 600, color: ink, formatter: () => content.valueText },
        data: [{ value: content.reached / 100 }],
      },
      ...(hasSparkline
        ? [
            {
              type: 'line',
              silent: true,
              showSymbol: false,
              data: content.series,
              lineStyle: { width: 1.5, color: colour },
            },
          ]
        : []),
    ],
    grid: { left: 16, right: 16, top: sparklineY, height: 24 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: content.series.map((_, index) => index) },
    yAxis: { type: 'value', show: false, scale: true },
    graphic: [
      ...(content.expected === null
        ? []
        : [tick(content.expected, { stroke: muted, lineWidth: 2.4, lineDash: [2.4, 2.4] })]),
      tick(content.target, { stroke: ink, lineWidth: 2.4 }),
      {
        type: 'text',
        x: chartWidth / 2,
        y: ruleY,
        style: {
          text: content.ruleText,
          width: textWidth,
          overflow: 'break',
          // Two lines at most, then an ellipsis, as the element clamps it.
          height: 2 * lineHeight,
          lineOverflow: 'truncate',
          ellipsis: '…',
          align: 'center',
          fontSize: 12,
          lineHeight,
          fill: muted,
        },
      },
      {
        type: 'group',
        x: statusX,
        y: statusY,
        children: [
          {
            type: `pk-icon-${content.status}`,
            y: 3,
            style: outlined ? { fill: 'none', stroke: colour, lineWidth: 1.6 } : { fill: colour },
          },
          {
            type: `pk-mark-${content.status}`,
            y: 3,
            style: { fill: 'none', stroke: outlined ? colour : '#fff', lineWidth: 1.7, lineCap: 'round' },
          },
          {
            type: 'text',
            x: 20,
            y: 2,
            style: { text: label, fontSize: 14, fontWeight: 600, lineHeight: 22, fill: colour },
          },
        ],
      },
      {
        type: 'text',
        x: chartWidth / 2,
        y: metaY,
        style: { text: content.meta.join('\n'), align: 'center', fontSize: 12, lineHeight, fill: muted },
      },
    ],
  };
  return { option, height };
}

exposeCanvasGauges((kpi, root) => {
  const content = gaugeContent(kpi, asOf);
  const cell = makeCell();
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'img');
  card.setAttribute('aria-label', `${content.name} ${content.valueText} ${statusText[content.status]}`);
  cell.append(card);
  root.append(cell);
  const { option, height } = chartOption(content);
  const chart = echarts.init(card, null, { renderer: 'canvas', width: chartWidth, height });
  chart.setOption(option);
}, '.card { box-sizing: border-box; border: 1px solid #d0d7de; border-radius: 0.5rem; background: #fff; }');
