// Page: the ECharts peer, the county GeoJSON registered as a map and drawn as a map series (canvas, animation off).
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { canvasHasInk, check, exposeBench, measureToPaint } from '../../lib/page-harness.js';
import { countyFor, fillFor, mapFrame, mapHeight, mapWidth, retailerCount } from './county.js';

echarts.use([MapChart, GeoComponent, CanvasRenderer]);

exposeBench((params) => {
  const { grids } = countyFor(params);
  const frame = mapFrame();
  return async () => {
    const sample = await measureToPaint(() => {
      const max = Math.max(...grids.features.map(retailerCount));
      echarts.registerMap('county', grids as unknown as Parameters<typeof echarts.registerMap>[1]);
      const chart = echarts.init(frame, null, { renderer: 'canvas', width: mapWidth, height: mapHeight });
      chart.setOption({
        animation: false,
        series: [
          {
            type: 'map',
            map: 'county',
            // Grid names are { zh, en } objects: key regions by the grid id instead.
            nameProperty: 'id',
            roam: false,
            label: { show: false },
            itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 },
            data: grids.features.map((grid) => ({
              name: grid.properties.id,
              value: retailerCount(grid),
              itemStyle: { areaColor: fillFor(retailerCount(grid), max) },
            })),
          },
        ],
      });
    });
    const canvas = frame.querySelector('canvas');
    check(canvas !== null && canvasHasInk(canvas), 'ECharts had drawn on its canvas when the measurement ended');
    return sample;
  };
});
