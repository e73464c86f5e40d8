// Page: the floor under every gauge variant, the cells with only each KPI's name in them (no evaluation, no
// arc). Nothing that shows a gauge can take less; it tells how much of each time is the page's own work.
import type { Kpi } from '@plankit/sdk';
import { exposeDrawnGauges } from './gauge-data.js';

function drawName(kpi: Kpi): HTMLElement {
  const name = document.createElement('div');
  name.className = 'name';
  name.textContent = kpi.name.zh;
  return name;
}

exposeDrawnGauges(drawName, '.name', '.name { font-weight: 600; text-align: center; }');
