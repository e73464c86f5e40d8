// Size entry: the least ECharts a page needs for gauges (core, the gauge chart, the canvas renderer).
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, CanvasRenderer]);

export { init };
