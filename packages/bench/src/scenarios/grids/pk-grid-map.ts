// What the pk-grid-map pages share: the part of the element's public surface they use (the element module is
// imported by the harness), drawing it to paint as one measurement, and the page doing that once per sample.
import type { GridCollection, GridItem, Retailer } from '@plankit/sdk';
import { canvasHasInk, check, exposeBench, measureToPaint, type PageSample } from '../../lib/page-harness.js';
import { countyFor, mapFrame, type County } from './county.js';

export interface GridMapElement extends HTMLElement {
  grids: GridCollection | null | undefined;
  retailers: readonly Retailer[] | null | undefined;
  items: readonly GridItem[] | null | undefined;
  selected: string | null;
  readonly view: { k: number; x: number; y: number };
  updateComplete: Promise<unknown>;
}

export interface GridMapDrawing {
  /** Sets the new element's attributes and data (its `metric` is already `retailers`). */
  configure: (map: GridMapElement) => void;
  /** What it must have drawn: `count` `shape`s, named `what` in the check. */
  drawn: { shape: 'path' | 'circle'; count: number; what: string };
  /** More checks of what it showed when the measurement ended, in its shadow root. */
  verify?: (root: ShadowRoot) => void;
}

/**
 * Times a new pk-grid-map from its creation to the paint: `configure` sets its attributes and data before it joins
 * `frame`. Then checks that it drew `count` `shape`s (`what`), as SVG, or on a canvas that must hold ink when the
 * measurement ends (a canvas drawn in a later frame would mean measuring more frames: measureToPaint's `frames`).
 */
export async function measureGridMap(
  frame: HTMLElement,
  { configure, drawn, verify }: GridMapDrawing,
): Promise<PageSample> {
  let map: GridMapElement | null = null;
  const sample = await measureToPaint(() => {
    map = document.createElement('pk-grid-map') as GridMapElement;
    map.setAttribute('metric', 'retailers');
    configure(map);
    frame.append(map);
    return map.updateComplete;
  });
  const root = (map as GridMapElement | null)?.shadowRoot;
  const canvas = root?.querySelector('canvas');
  const ok = canvas ? canvasHasInk(canvas) : (root?.querySelectorAll(drawn.shape).length ?? 0) >= drawn.count;
  check(ok, `pk-grid-map drew ${drawn.count} ${drawn.what} when the measurement ended`);
  if (root) verify?.(root);
  return sample;
}

/**
 * The page: the county of the page's parameters in a map frame; `drawing(county, params)` prepares (untimed) what
 * the sample then draws.
 */
export function exposeGridMapBench(drawing: (county: County, params: URLSearchParams) => GridMapDrawing): void {
  exposeBench(async (params) => {
    const county = countyFor(params);
    const frame = mapFrame();
    const prepared = drawing(county, params);
    await customElements.whenDefined('pk-grid-map');
    return () => measureGridMap(frame, prepared);
  });
}
