// Size entry: the least ECharts a page needs for a choropleth of GeoJSON regions (core, map chart, geo, canvas).
import { init, registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([MapChart, GeoComponent, CanvasRenderer]);

export { init, registerMap };
