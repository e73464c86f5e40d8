// Page: the ECharts peer, one gauge chart per KPI (canvas renderer, animation off), from the same SDK evaluation.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import { asOf, cellWidth, makeCell, exposeCanvasGauges } from './gauge-data.js';
import { gaugeModel } from './gauge-model.js';

echarts.use([GaugeChart, CanvasRenderer]);

/** Room for what this gauge shows (arc, value, status, name), like the minimal hand-written SVG. */
const chartHeight = 122;

exposeCanvasGauges((kpi, root) => {
  const model = gaugeModel(kpi, asOf);
  const cell = makeCell();
  root.append(cell);
  const chart = echarts.init(cell, null, { renderer: 'canvas', width: cellWidth - 8, height: chartHeight });
  // The target marker is a dark stop in the track's colour ramp, the usual way to mark a value on a gauge.
  const marker = model.markerFraction;
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 1,
        startAngle: 210,
        endAngle: -30,
        radius: '80%',
        center: ['50%', '45%'],
        progress: { show: true, width: 8, itemStyle: { color: model.colour } },
        axisLine: {
          lineStyle: {
            width: 8,
            color: [
              [Math.max(0, marker - 0.01), '#e5e7eb'],
              [Math.min(1, marker + 0.01), '#111827'],
              [1, '#e5e7eb'],
            ],
          },
        },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: { offsetCenter: [0, '95%'], fontSize: 11 },
        detail: {
          offsetCenter: [0, '5%'],
          fontSize: 16,
          fontWeight: 600,
          formatter: () => `${model.valueText}\n{status|${model.statusText}}`,
          rich: { status: { fontSize: 11, color: model.colour } },
        },
        data: [{ value: model.fraction, name: model.label }],
      },
    ],
  });
});
