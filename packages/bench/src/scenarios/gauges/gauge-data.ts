// The gauges every variant draws: the 2020 plan's KPIs repeated up to the count, in fixed-size cells.
import { plan2020 } from '@plankit/sdk/fixtures';
import type { Kpi } from '@plankit/sdk';
import { adoptStyles, check } from '../../lib/page-harness.js';

export const asOf = plan2020.asOf;
export const cellWidth = 180;
export const cellHeight = 130;

/** `count` KPIs, cycling through the plan's nine. */
export function kpisForGauges(params: URLSearchParams): Kpi[] {
  const count = Number(params.get('count'));
  check(Number.isInteger(count) && count > 0, `count=${String(params.get('count'))} is a positive whole number`);
  const kpis = plan2020.kpis;
  check(kpis.length > 0, 'plan2020 has KPIs');
  return Array.from({ length: count }, (_, index) => kpis[index % kpis.length] as Kpi);
}

/** Cells flow in rows across the 1600 px viewport, so 50 gauges are all on screen (and all painted). */
export function useGaugeLayout(): void {
  adoptStyles(`
    body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
    #stage { display: flex; flex-wrap: wrap; align-content: flex-start; }
    .cell { width: ${cellWidth}px; height: ${cellHeight}px; box-sizing: border-box; padding: 4px; }
    .cell > * { display: block; width: 100%; height: 100%; }
  `);
}

export function makeCell(): HTMLDivElement {
  const cell = document.createElement('div');
  cell.className = 'cell';
  return cell;
}
