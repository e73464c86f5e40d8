// The synthetic county every map variant draws (the SDK's seeded generator), its colour scale and map frame.
import { generateCounty } from '@plankit/sdk/fixtures';
import type { Grid, Position } from '@plankit/sdk';
import { adoptStyles, check, stage } from '../../lib/page-harness.js';

export const mapWidth = 800;
export const mapHeight = 600;
export const seed = 'plankit-bench';

export type County = ReturnType<typeof generateCounty>;

function count(params: URLSearchParams, name: string): number {
  const value = Number(params.get(name));
  check(Number.isInteger(value) && value >= 0, `${name}=${String(params.get(name))} is a whole number`);
  return value;
}

/** The same county for every variant and run: same seed, same grids and retailers. */
export function countyFor(params: URLSearchParams): County {
  return generateCounty({ seed, grids: count(params, 'grids'), retailers: count(params, 'retailers') });
}

/** The last day of the county's generated period (`YYYY-MM-DD`): the as-of its items' overdue counts are for. */
export function asOfOf(county: County): string {
  return new Date(Date.UTC(county.year, county.months, 0)).toISOString().slice(0, 10);
}

const palette = ['#eff6ff', '#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'];

/** A five-class sequential colour for a grid's retailer count (the metric every variant colours by). */
export function fillFor(value: number, max: number): string {
  const index = max <= 0 ? 0 : Math.min(palette.length - 1, Math.floor((value / max) * palette.length));
  return palette[index] ?? '#eff6ff';
}

export function retailerCount(grid: Grid): number {
  return grid.properties.figures.retailers ?? 0;
}

/** Every ring of a Polygon or MultiPolygon grid. */
export function ringsOf(grid: Grid): Position[][] {
  return grid.geometry.type === 'Polygon' ? grid.geometry.coordinates : grid.geometry.coordinates.flat();
}

/** A fixed 800×600 frame on the page for the map. */
export function mapFrame(): HTMLDivElement {
  adoptStyles(`
    body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
    .map-frame { position: relative; width: ${mapWidth}px; height: ${mapHeight}px; overflow: hidden; }
    .map-frame > * { display: block; width: 100%; height: 100%; }
  `);
  // The page around the map is a Chinese page that has shown text and numbers before any map draws, as an
  // intranet page has: the browser's first use of a CJK font (~8 ms of layout) and of Intl's number data (~15 ms,
  // which pk-grid-map's module also loads while the page is idle) are paid here, untimed, for every variant alike.
  const heading = document.createElement('p');
  heading.textContent = `三员网格化监管地图 · 基准页 ${new Intl.NumberFormat('zh-CN').format(1)}`;
  const frame = document.createElement('div');
  frame.className = 'map-frame';
  stage().append(heading, frame);
  return frame;
}

/** A linear lng/lat → pixel projection fitting `positions` in the frame (north up), as a hand-writer would do. */
export function fitProjection(positions: Iterable<Position>): (position: Position) => [number, number] {
  let minLng = Infinity;
  let maxLng = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const scale = Math.min(mapWidth / (maxLng - minLng || 1), mapHeight / (maxLat - minLat || 1));
  const offsetX = (mapWidth - (maxLng - minLng) * scale) / 2;
  const offsetY = (mapHeight - (maxLat - minLat) * scale) / 2;
  return ([lng, lat]) => [offsetX + (lng - minLng) * scale, offsetY + (maxLat - lat) * scale];
}
