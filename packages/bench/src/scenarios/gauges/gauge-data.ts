// The gauges every variant draws: the 2020 plan's KPIs repeated up to the count, in fixed-size cells.
import { plan2020 } from '@plankit/sdk/fixtures';
import type { Kpi } from '@plankit/sdk';
import { adoptStyles, canvasHasInk, check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';

export const asOf = plan2020.asOf;
export const cellWidth = 180;

/** `count` KPIs, cycling through the plan's nine. */
export function kpisForGauges(params: URLSearchParams): Kpi[] {
  const count = Number(params.get('count'));
  check(Number.isInteger(count) && count > 0, `count=${String(params.get('count'))} is a positive whole number`);
  const kpis = plan2020.kpis;
  check(kpis.length > 0, 'plan2020 has KPIs');
  return Array.from({ length: count }, (_, index) => kpis[index % kpis.length] as Kpi);
}

/**
 * Cells 180 px wide flow in rows across the viewport, each as tall as what it holds, as gauges sit in a real
 * page (a fixed height would crop or overlap the taller variants). The scenario's viewport is tall enough that
 * every gauge is on screen, and so painted: {@link checkAllOnScreen} makes sure.
 */
export function useGaugeLayout(): void {
  adoptStyles(`
    body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
    #stage { display: flex; flex-wrap: wrap; align-items: flex-start; align-content: flex-start; }
    .cell { width: ${cellWidth}px; box-sizing: border-box; padding: 4px; }
    .cell > * { display: block; width: 100%; }
  `);
}

/** Fails the run when a gauge ends below the viewport: the frame would not have painted all of it. */
export function checkAllOnScreen(root: Element): void {
  let bottom = 0;
  for (const cell of root.children) bottom = Math.max(bottom, cell.getBoundingClientRect().bottom);
  check(
    bottom <= window.innerHeight,
    `every gauge on screen (the lowest ends at ${Math.round(bottom)} px, the viewport is ${window.innerHeight} px tall)`,
  );
}

export function makeCell(): HTMLDivElement {
  const cell = document.createElement('div');
  cell.className = 'cell';
  return cell;
}

interface GaugePage {
  /** The variant's page stylesheet. */
  styles: string | undefined;
  /** Draws every gauge into `root`: the work timed to the paint. */
  draw(kpis: readonly Kpi[], root: HTMLElement): void;
  /** How many gauges are drawn once the measurement ended, and the check's message for that count. */
  drawn(root: HTMLElement): number;
  says(count: number, drawn: number): string;
}

/** A gauge variant's page: the KPIs of the page's count in the gauge layout, drawn anew for each sample. */
function exposeGaugePage(page: GaugePage): void {
  exposeBench((params) => {
    const kpis = kpisForGauges(params);
    useGaugeLayout();
    if (page.styles !== undefined) adoptStyles(page.styles);
    const root = stage();
    return async () => {
      const sample = await measureToPaint(() => page.draw(kpis, root));
      const drawn = page.drawn(root);
      check(drawn === kpis.length, page.says(kpis.length, drawn));
      checkAllOnScreen(root);
      return sample;
    };
  });
}

/**
 * The page of a hand-written variant: `draw` builds one gauge per KPI into its cell, all appended at once and
 * timed to the paint; `selector` must then match once per gauge. `styles` is the variant's page stylesheet.
 */
export function exposeDrawnGauges(draw: (kpi: Kpi) => Element, selector: string, styles?: string): void {
  exposeGaugePage({
    styles,
    draw: (kpis, root) => {
      const fragment = document.createDocumentFragment();
      for (const kpi of kpis) {
        const cell = makeCell();
        cell.append(draw(kpi));
        fragment.append(cell);
      }
      root.append(fragment);
    },
    drawn: (root) => root.querySelectorAll(selector).length,
    says: (count, drawn) => `${count} gauges drawn, each with ${selector} (got ${drawn})`,
  });
}

/**
 * The page of a canvas (ECharts) variant: `draw` puts one chart per KPI into a cell of `root`, all timed to the
 * paint; every chart's canvas must then hold ink. `styles` is the variant's page stylesheet.
 */
export function exposeCanvasGauges(draw: (kpi: Kpi, root: HTMLElement) => void, styles?: string): void {
  exposeGaugePage({
    styles,
    draw: (kpis, root) => {
      for (const kpi of kpis) draw(kpi, root);
    },
    drawn: (root) => [...root.querySelectorAll('canvas')].filter(canvasHasInk).length,
    says: (count, drawn) => `${count} ECharts canvases drawn when the measurement ended (got ${drawn})`,
  });
}
