// The grid map's geometry and rules (三员网格化): GeoJSON checks with human reasons, the projection
// fitted to a box (Web Mercator), the schematic tile layout, arrow-key neighbours, the colour classes of a
// metric and a grid's item pipeline. Pure functions: the <pk-grid-map> element only renders them.
//
// The projection comes from d3-geo (map-projection.ts); the sink that turns its stream into paths, boxes and label
// anchors in one pass is here.
import * as z from 'zod/mini';
import {
  GRID_ITEM_STAGES,
  GridItem,
  GridMetric,
  GridProperties,
  GridStageLimits,
  IsoDate,
  IsoDateTime,
  type Grid,
  type GridCollection,
  type GridItemStage,
  type Position,
  type TierBand,
  type TierScheme,
} from '../schemas/index.js';
import { ValidationError, toValidationIssues, type ValidationIssue } from '../errors/index.js';
import { describeReceived, invalidArgument, validateArgument } from './validate.js';
import { timelineOf } from './grid.js';
import { checkTierScheme } from './tiers.js';
import { fitMercator, type PlanarStream } from './map-projection.js';

/** The most positions a collection may hold in all (a drawing beyond this would hang the page). */
export const MAX_GRID_POSITIONS = 500_000;

// ---------------------------------------------------------------------------------------------
// Validation

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    if (this.list.length < 20) this.list.push({ path, message });
  }
}

/** The reason a position is not valid, or null for a valid one (the slow path: only called for a bad one). */
function positionProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length < 2)
    return `expected a position [longitude, latitude], received ${describeReceived(value)}`;
  const coordinates: readonly [unknown, string, number][] = [
    [value[0], 'longitude', 180],
    [value[1], 'latitude', 90],
  ];
  for (const [coordinate, name, limit] of coordinates) {
    if (typeof coordinate !== 'number') return `${name} is not a number: ${describeReceived(coordinate)}`;
    if (!Number.isFinite(coordinate)) return `${name} is ${String(coordinate)}: coordinates must be finite numbers`;
    if (Math.abs(coordinate) > limit)
      return `${name} ${String(coordinate)} is outside −${limit}…${limit} degrees (WGS 84)`;
  }
  return null;
}

/**
 * Checks one linear ring; returns how many positions it has. The loop over its positions allocates nothing and
 * only asks {@link positionProblem} why once it has found a bad one (a county has tens of thousands of positions).
 */
function checkRing(ring: unknown, path: string, issues: Issues): number {
  if (!Array.isArray(ring)) {
    issues.add(path, `expected a ring (an array of positions), received ${describeReceived(ring)}`);
    return 0;
  }
  if (ring.length === 0) {
    issues.add(path, 'the ring is empty');
    return 0;
  }
  if (ring.length < 4) {
    issues.add(path, `the ring has ${ring.length} positions; a closed ring needs at least 4`);
    return ring.length;
  }
  for (let index = 0; index < ring.length; index += 1) {
    const position: unknown = ring[index];
    // `!(a <= b)` is also true for NaN and for what is not a number.
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      typeof position[0] !== 'number' ||
      typeof position[1] !== 'number' ||
      !(Math.abs(position[0]) <= 180) ||
      !(Math.abs(position[1]) <= 90)
    ) {
      issues.add(`${path}.${index}`, positionProblem(position) ?? 'invalid position');
      return ring.length;
    }
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1])
    issues.add(path, 'the ring is not closed: its last position must equal its first');
  return ring.length;
}

function checkPolygon(polygon: unknown, path: string, issues: Issues): number {
  if (!Array.isArray(polygon) || polygon.length === 0) {
    issues.add(path, `expected a polygon (a non-empty array of rings), received ${describeReceived(polygon)}`);
    return 0;
  }
  let positions = 0;
  polygon.forEach((ring: unknown, index) => {
    positions += checkRing(ring, `${path}.${index}`, issues);
  });
  return positions;
}

function checkGeometry(geometry: unknown, path: string, issues: Issues): number {
  if (!isRecord(geometry)) {
    issues.add(
      path,
      `the grid has no geometry: expected a Polygon or MultiPolygon, received ${describeReceived(geometry)}`,
    );
    return 0;
  }
  const { type, coordinates } = geometry;
  if (type === 'Polygon') return checkPolygon(coordinates, `${path}.coordinates`, issues);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      issues.add(`${path}.coordinates`, 'expected a non-empty array of polygons');
      return 0;
    }
    let positions = 0;
    coordinates.forEach((polygon: unknown, index) => {
      positions += checkPolygon(polygon, `${path}.coordinates.${index}`, issues);
    });
    return positions;
  }
  issues.add(
    `${path}.type`,
    `geometry type ${describeReceived(type)} is not supported: expected Polygon or MultiPolygon`,
  );
  return 0;
}

/** Collections {@link validateGridCollection} has passed, by identity. */
const validCollections = new WeakSet<object>();

/**
 * Checks a GeoJSON FeatureCollection of grids and returns it typed. Every problem is a
 * ValidationError whose issues name the path and say why in plain words: a wrong type, a grid
 * without an id or with a duplicate one, an empty, short or unclosed ring, a NaN or out-of-range
 * coordinate, more than {@link MAX_GRID_POSITIONS} positions, or invalid grid properties.
 * Self-intersecting rings are accepted (they still draw).
 *
 * A collection that passed is remembered by identity and not checked again (treat it as immutable: set a new
 * object to change the grids, as the elements need anyway). `propertiesChecked` skips the zod check of the grids'
 * properties, for a collection the client has just parsed with the contract's `GridCollection` schema; the
 * geometry, ids and size are checked all the same (that schema does not check them all).
 */
export function validateGridCollection(
  value: unknown,
  subject = 'validateGridCollection',
  options: { readonly propertiesChecked?: boolean } = {},
): GridCollection {
  if (typeof value === 'object' && value !== null && validCollections.has(value)) return value as GridCollection;
  const issues = new Issues();
  const fail = (): never => {
    throw new ValidationError(subject, issues.list);
  };
  if (!isRecord(value) || value.type !== 'FeatureCollection') {
    issues.add(
      'type',
      `expected a GeoJSON FeatureCollection, received ${isRecord(value) ? `type ${describeReceived(value.type)}` : describeReceived(value)}`,
    );
    return fail();
  }
  const { features } = value;
  if (!Array.isArray(features)) {
    issues.add('features', `expected an array of grid features, received ${describeReceived(features)}`);
    return fail();
  }
  const ids = new Set<string>();
  let positions = 0;
  features.forEach((feature: unknown, index) => {
    const path = `features.${index}`;
    if (!isRecord(feature) || feature.type !== 'Feature') {
      issues.add(
        `${path}.type`,
        `expected a GeoJSON Feature, received ${describeReceived(isRecord(feature) ? feature.type : feature)}`,
      );
      return;
    }
    const { id } = feature;
    if (typeof id !== 'string' || id === '')
      issues.add(`${path}.id`, 'the grid has no id: every feature needs a string id');
    else if (ids.has(id)) issues.add(`${path}.id`, `the id “${id}” is used by an earlier grid`);
    else ids.add(id);
    positions += checkGeometry(feature.geometry, `${path}.geometry`, issues);
    if (options.propertiesChecked === true) return;
    const properties = z.safeParse(GridProperties, feature.properties);
    if (!properties.success)
      for (const issue of toValidationIssues(properties.error.issues, [...path.split('.'), 'properties']))
        issues.add(issue.path, issue.message);
  });
  if (positions > MAX_GRID_POSITIONS)
    issues.add('features', `the grids have ${positions} positions in all; at most ${MAX_GRID_POSITIONS} can be drawn`);
  if (issues.list.length > 0) fail();
  if (options.propertiesChecked !== true) validCollections.add(value);
  return value as unknown as GridCollection;
}

// ---------------------------------------------------------------------------------------------
// Layout: geographic (projected) and schematic

export interface MapSize {
  readonly width: number;
  readonly height: number;
}

/** One grid as the element draws it, in pixels of the map box. */
export interface GridShape {
  readonly id: string;
  /** Index in the collection's features. */
  readonly index: number;
  /** The SVG path data. */
  readonly d: string;
  /** The label anchor: the shape's centroid (the tile's centre in schematic mode). */
  readonly x: number;
  readonly y: number;
  /** The shape's bounding box [x0, y0, x1, y1], to decide whether a label fits. */
  readonly box: readonly [number, number, number, number];
}

export interface GridMapLayout {
  readonly mode: 'geographic' | 'schematic';
  readonly size: MapSize;
  readonly shapes: readonly GridShape[];
  /** Projects a [longitude, latitude] into the box; null in schematic mode or for an unprojectable point. */
  project(position: Position): [number, number] | null;
  /**
   * {@link GridMapLayout.project} written into `out` at `offset` (x, then y), for many points kept in a typed
   * array; false, writing nothing, in schematic mode or for an unprojectable point.
   */
  projectInto(position: Position, out: Float64Array, offset: number): boolean;
}

function checkSize(size: MapSize, padding: number, functionName: string): void {
  const valid = (value: number): boolean => Number.isFinite(value) && value > 0;
  if (!isRecord(size) || !valid(size.width) || !valid(size.height))
    invalidArgument(functionName, 'size', `expected a positive width and height, received ${describeReceived(size)}`);
  if (!Number.isFinite(padding) || padding < 0 || padding * 2 >= Math.min(size.width, size.height))
    invalidArgument(
      functionName,
      'padding',
      `expected a padding smaller than half the box, received ${describeReceived(padding)}`,
    );
}

function polygonsOf(grid: Grid): Position[][][] {
  return grid.geometry.type === 'Polygon' ? [grid.geometry.coordinates] : grid.geometry.coordinates;
}

/**
 * `value` rounded to tenths as path data: the same text as `String(Math.round(value * 10) / 10)` ("12.3", "-0.1",
 * "7", "0" for −0), built from whole numbers. A path holds two per position and V8 writes a fraction several times
 * slower than a whole number (its shortest round-trip digits), which was most of the layout's time at 5,000 grids.
 */
export function tenths(value: number): string {
  const count = Math.round(value * 10);
  // NaN, ±Infinity and magnitudes where a double has no tenths left: the plain conversion.
  if (!(count < 1e15 && count > -1e15)) return String(count / 10);
  const size = count < 0 ? -count : count;
  const whole = Math.floor(size / 10);
  const tenth = size - whole * 10;
  return `${count < 0 ? '-' : ''}${whole}${tenth === 0 ? '' : `.${tenth}`}`;
}

/**
 * A stream sink that turns one grid's projected rings into its path, bounding box and label anchor (the
 * centroid of its largest outer ring) in one pass. `reset()` before each grid, `shape()` after it.
 */
class ShapeSink implements PlanarStream {
  /** The path data's pieces, joined once per grid (a flat string, never a chain of thousands of concatenations). */
  private readonly parts: string[] = [];
  /**
   * {@link tenths} of the coordinates inside the box, by their count of tenths: neighbouring grids share their
   * borders, so most positions are written as text once per layout rather than once per grid.
   */
  private readonly texts: (string | undefined)[];

  constructor(size: MapSize) {
    this.texts = new Array<string | undefined>(Math.ceil(Math.max(size.width, size.height) * 10) + 1);
  }

  /** {@link tenths} of `value`, from {@link texts} inside the box. */
  private text(value: number): string {
    const count = Math.round(value * 10);
    if (!(count >= 0 && count < this.texts.length)) return tenths(value);
    return (this.texts[count] ??= tenths(value));
  }
  private x0 = Infinity;
  private y0 = Infinity;
  private x1 = -Infinity;
  private y1 = -Infinity;
  private bestArea = -1;
  private cx = Number.NaN;
  private cy = Number.NaN;
  private ring = 0;
  private first = true;
  private fx = 0;
  private fy = 0;
  private px = 0;
  private py = 0;
  private area = 0;
  private sx = 0;
  private sy = 0;

  reset(): void {
    this.parts.length = 0;
    this.x0 = this.y0 = Infinity;
    this.x1 = this.y1 = -Infinity;
    this.bestArea = -1;
    this.cx = this.cy = Number.NaN;
  }

  polygonStart(): void {
    this.ring = 0;
  }

  polygonEnd(): void {}

  lineStart(): void {
    this.first = true;
    this.area = this.sx = this.sy = 0;
  }

  point(x: number, y: number): void {
    this.parts.push(this.first ? 'M' : 'L', this.text(x), ' ', this.text(y));
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
    if (this.first) {
      this.first = false;
      this.fx = x;
      this.fy = y;
    } else this.addEdge(x, y);
    this.px = x;
    this.py = y;
  }

  lineEnd(): void {
    // The ring's closing position is implied: Z closes the path, the edge back to the first point closes the area.
    this.parts.push('Z');
    if (this.first) return;
    this.addEdge(this.fx, this.fy);
    const outer = this.ring === 0;
    this.ring += 1;
    if (outer && this.area !== 0 && Math.abs(this.area) > this.bestArea) {
      this.bestArea = Math.abs(this.area);
      this.cx = this.sx / (3 * this.area);
      this.cy = this.sy / (3 * this.area);
    }
  }

  private addEdge(x: number, y: number): void {
    const cross = this.px * y - x * this.py;
    this.area += cross;
    this.sx += (this.px + x) * cross;
    this.sy += (this.py + y) * cross;
  }

  shape(id: string, index: number): GridShape {
    const box: [number, number, number, number] = Number.isFinite(this.x0)
      ? [this.x0, this.y0, this.x1, this.y1]
      : [0, 0, 0, 0];
    return {
      id,
      index,
      d: this.parts.join(''),
      x: Number.isFinite(this.cx) ? this.cx : (box[0] + box[2]) / 2,
      y: Number.isFinite(this.cy) ? this.cy : (box[1] + box[3]) / 2,
      box,
    };
  }
}

/**
 * Web Mercator fitted into `size` minus `padding`, north up and centred (d3-geo, see {@link fitMercator}), and
 * every grid as a path in that box. Winding order does not matter (RFC 7946's and d3's both draw). `collection`
 * must be valid ({@link validateGridCollection}).
 */
export function fitGridMap(collection: GridCollection, size: MapSize, padding = 8): GridMapLayout {
  checkSize(size, padding, 'fitGridMap');
  const fit = fitMercator(collection, size, padding);
  const sink = new ShapeSink(size);
  return {
    mode: 'geographic',
    size,
    shapes: collection.features.map((grid, index) => {
      sink.reset();
      fit.streamGrid(grid, sink);
      return sink.shape(grid.id, index);
    }),
    project: (position) => fit.project(position),
    projectInto: (position, out, offset) => fit.projectInto(position, out, offset),
  };
}

/** The middle of a grid's bounding box in degrees: where it sits in the county. */
function gridCentre(grid: Grid): [number, number] {
  let minLng = Infinity;
  let maxLng = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsOf(grid))
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return [(minLng + maxLng) / 2, (minLat + maxLat) / 2];
}

/** Where each grid's tile goes: row and column in the schematic layout. */
export interface TilePlacement {
  readonly columns: number;
  readonly rows: number;
  /** Per feature index: [column, row]. */
  readonly cells: readonly (readonly [number, number])[];
}

/**
 * Equal tiles by position, no geography: columns and rows chosen for the box's aspect ratio, grids
 * sorted north to south into rows, then west to east inside each row.
 */
export function placeTiles(collection: GridCollection, size: MapSize): TilePlacement {
  checkSize(size, 0, 'placeTiles');
  const count = collection.features.length;
  const columns = Math.max(1, Math.min(count, Math.ceil(Math.sqrt((count * size.width) / size.height))));
  const rows = Math.max(1, Math.ceil(count / columns));
  const centres = collection.features.map((grid, index) => ({ index, centre: gridCentre(grid) }));
  centres.sort((a, b) => b.centre[1] - a.centre[1] || a.centre[0] - b.centre[0]);
  const cells: [number, number][] = new Array<[number, number]>(count);
  for (let row = 0; row < rows; row += 1) {
    const members = centres.slice(row * columns, (row + 1) * columns);
    members.sort((a, b) => a.centre[0] - b.centre[0]);
    members.forEach((member, column) => {
      cells[member.index] = [column, row];
    });
  }
  return { columns, rows, cells };
}

/** The schematic map: {@link placeTiles} drawn as equal squares centred in the box. */
export function schematicGridMap(collection: GridCollection, size: MapSize, padding = 8): GridMapLayout {
  checkSize(size, padding, 'schematicGridMap');
  const { columns, rows, cells } = placeTiles(collection, size);
  const step = Math.min((size.width - padding * 2) / columns, (size.height - padding * 2) / rows);
  const tile = step * 0.92;
  const left = (size.width - step * columns) / 2;
  const top = (size.height - step * rows) / 2;
  const round = (value: number): number => Math.round(value * 10) / 10;
  const shapes = collection.features.map((grid, index): GridShape => {
    const [column, row] = cells[index] ?? [0, 0];
    const x = left + column * step + (step - tile) / 2;
    const y = top + row * step + (step - tile) / 2;
    return {
      id: grid.id,
      index,
      d: `M${round(x)} ${round(y)}h${round(tile)}v${round(tile)}h${round(-tile)}Z`,
      x: x + tile / 2,
      y: y + tile / 2,
      box: [x, y, x + tile, y + tile],
    };
  });
  return { mode: 'schematic', size, shapes, project: () => null, projectInto: () => false };
}

// ---------------------------------------------------------------------------------------------
// The view: zoom and pan, and the labels that fit

/** A view of the fitted map: scale `k` and translation (`x`, `y`) in pixels of the box. */
export interface MapView {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The map's zoom range: from the whole county (1) to 32 times. */
export const MAP_ZOOM_RANGE = [1, 32] as const;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** `view` with its scale within {@link MAP_ZOOM_RANGE} and at least half the box kept over the map. */
export function clampMapView(view: MapView, size: MapSize): MapView {
  const k = clamp(view.k, ...MAP_ZOOM_RANGE);
  return {
    k,
    x: clamp(view.x, size.width * (0.5 - k), size.width * 0.5),
    y: clamp(view.y, size.height * (0.5 - k), size.height * 0.5),
  };
}

/** `view` zoomed by `factor` about the point (`cx`, `cy`) of the box and clamped; null when the scale stays. */
export function zoomMapView(view: MapView, factor: number, cx: number, cy: number, size: MapSize): MapView | null {
  const { k, x, y } = view;
  const next = clamp(k * factor, ...MAP_ZOOM_RANGE);
  if (next === k) return null;
  return clampMapView({ k: next, x: cx - ((cx - x) * next) / k, y: cy - ((cy - y) * next) / k }, size);
}

/** A grid's name placed on the map at a view. */
export interface MapLabel {
  /** Index in the collection's features. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** The name, cut with "…" to the grid's box. */
  readonly text: string;
}

/**
 * The names of the grids whose box has room for a label (4 × 2 font sizes) at `view`, anchored inside the box of
 * `size`, at most `max` of them. Whether a grid is labelled depends on its box only; a name longer than 90% of the
 * box is cut with "…" (CJK a font size wide, other characters a little over half).
 */
export function placeMapLabels(
  shapes: readonly GridShape[],
  nameOf: (index: number) => string,
  view: MapView,
  size: MapSize,
  fontPx = 12,
  max = 250,
): MapLabel[] {
  const { k, x, y } = view;
  const labels: MapLabel[] = [];
  for (const shape of shapes) {
    if (labels.length >= max) break;
    const boxWidth = (shape.box[2] - shape.box[0]) * k;
    if ((shape.box[3] - shape.box[1]) * k < fontPx * 2 || boxWidth < fontPx * 4) continue;
    const cx = shape.x * k + x;
    const cy = shape.y * k + y;
    if (cx < 0 || cy < 0 || cx > size.width || cy > size.height) continue;
    labels.push({ index: shape.index, x: cx, y: cy, text: cutLabel(nameOf(shape.index), boxWidth * 0.9, fontPx) });
  }
  return labels;
}

/** `name` cut to about `room` pixels at `fontPx`. */
function cutLabel(name: string, room: number, fontPx: number): string {
  let used = 0;
  let end = 0;
  const chars = [...name];
  for (const char of chars) {
    const charWidth = (char.codePointAt(0) ?? 0) > 0x2e80 ? fontPx : fontPx * 0.6;
    if (used + charWidth > room) break;
    used += charWidth;
    end += 1;
  }
  return end >= chars.length ? name : `${chars.slice(0, Math.max(1, end - 1)).join('')}…`;
}

/** What a grid map keeps of its view across reloads (`persist-key`). */
export interface GridMapView {
  metric?: GridMetric;
  zoom?: MapView;
  selected?: string | null;
}

/**
 * The valid parts of a stored grid map view (a metric it knows, a zoom in {@link MAP_ZOOM_RANGE} with finite
 * offsets, a selection of 1–200 characters or null); anything else in it is ignored. Undefined for what is not a
 * view at all. Stored data is never trusted.
 */
export function readGridMapView(value: unknown): GridMapView | undefined {
  if (!isRecord(value)) return undefined;
  const { metric, zoom, selected } = value;
  const result: GridMapView = {};
  if (typeof metric === 'string' && (GridMetric.options as readonly string[]).includes(metric))
    result.metric = metric as GridMetric;
  if (isRecord(zoom)) {
    const { k, x, y } = zoom;
    if (
      typeof k === 'number' &&
      typeof x === 'number' &&
      typeof y === 'number' &&
      k >= MAP_ZOOM_RANGE[0] &&
      k <= MAP_ZOOM_RANGE[1] &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    )
      result.zoom = { k, x, y };
  }
  if (selected === null || (typeof selected === 'string' && selected !== '' && selected.length <= 200))
    result.selected = selected;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Keyboard: the neighbour in an arrow's direction

export type MapDirection = 'up' | 'down' | 'left' | 'right';

/**
 * The point nearest to `points[from]` in `direction` (screen coordinates, y down): first among
 * those inside the 45° cone around the direction, then anywhere in that half plane. Distance
 * across the direction counts double, so the arrow keeps to its line. Null when there is none.
 */
export function neighbourInDirection(
  points: readonly { readonly x: number; readonly y: number }[],
  from: number,
  direction: MapDirection,
): number | null {
  const origin = points[from];
  if (origin === undefined) return null;
  const [ax, ay] =
    direction === 'left' ? [-1, 0] : direction === 'right' ? [1, 0] : direction === 'up' ? [0, -1] : [0, 1];
  let best: number | null = null;
  let bestScore = Infinity;
  let bestInCone = false;
  points.forEach((point, index) => {
    if (index === from) return;
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const along = dx * ax + dy * ay;
    if (along <= 1e-9) return;
    const across = Math.abs(dx * ay - dy * ax);
    const inCone = across <= along;
    const score = along + 2 * across;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = index;
      bestScore = score;
      bestInCone = inCone;
    }
  });
  return best;
}

// ---------------------------------------------------------------------------------------------
// Colour classes of a metric

/** Number of colour classes of the sequential scale. */
export const GRID_COLOR_CLASSES = 5;

export interface LegendClass {
  /** 0 (lightest) … GRID_COLOR_CLASSES − 1 (darkest). */
  readonly index: number;
  /** Values from `from` (inclusive) … */
  readonly from: number;
  /** … below `to`; null for the last, open-ended class. */
  readonly to: number | null;
}

export interface GridColorScale {
  readonly metric: GridMetric;
  /** The class width: a "nice" 1, 2 or 5 × 10ⁿ (a whole number for counts). */
  readonly step: number;
  readonly classes: readonly LegendClass[];
  /** Whether some grid has no value for the metric (the legend then shows "no data"). */
  readonly hasNoData: boolean;
  /** The class of each feature, in order; −1 for no data. */
  readonly classOf: readonly number[];
}

function niceStep(raw: number, integer: boolean): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  const step = nice * power;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/** A grid's value for `metric`; null when it has none (a missing or null figure, or not a finite number). */
export function gridMetricValue(grid: Grid, metric: GridMetric): number | null {
  const value = grid.properties.figures[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Equal classes of a nice width from 0 up to the largest value of `metric`, so the legend reads
 * in round numbers. A grid without the figure is class −1 ("no data", never the lightest class).
 */
export function gridColorScale(collection: GridCollection, metric: GridMetric): GridColorScale {
  const values = collection.features.map((grid) => gridMetricValue(grid, metric));
  let max = 0;
  let hasNoData = false;
  for (const value of values) {
    if (value === null) hasNoData = true;
    else if (value > max) max = value;
  }
  const integer = metric !== 'avgResponseHours';
  // A nice step near a fifth of the largest value: the open last class starts at or below it.
  const step = niceStep(max / GRID_COLOR_CLASSES, integer);
  const classes = Array.from({ length: GRID_COLOR_CLASSES }, (_, index): LegendClass => ({
    index,
    from: index * step,
    to: index === GRID_COLOR_CLASSES - 1 ? null : (index + 1) * step,
  }));
  const classOf = values.map((value) =>
    value === null ? -1 : Math.min(GRID_COLOR_CLASSES - 1, Math.max(0, Math.floor(value / step))),
  );
  return { metric, step, classes, hasNoData, classOf };
}

// ---------------------------------------------------------------------------------------------
// Retailer points: the mark of each tier band

/** How the map marks a retailer's band: a circle for the lowest band, a triangle for the highest, a square between. */
export type GridPointMark = 'low' | 'mid' | 'high';

export const GRID_POINT_MARKS: readonly GridPointMark[] = ['low', 'mid', 'high'];

export interface GridPointBands {
  /** Per tier number (1…scheme.tiers): the index in {@link GRID_POINT_MARKS} of its band's mark; −1 for no band. */
  readonly markOfTier: readonly number[];
  /** The marks in use, lowest first, each with the scheme's bands it stands for, lowest first (for the legend). */
  readonly legend: readonly { readonly mark: GridPointMark; readonly bands: readonly TierBand[] }[];
}

/**
 * The point marks of a tier scheme's bands. Band codes are open (a bureau's own), so a mark follows the band's
 * place from low to high, as the scheme's `numbering` says: the lowest band is `low`, the highest `high`, any other
 * `mid` (a one-band scheme is `low` only). Throws a ValidationError for an invalid scheme.
 */
export function gridPointBands(scheme: TierScheme): GridPointBands {
  const checked = checkTierScheme(scheme, 'gridPointBands');
  const ordered = [...checked.bands].sort((a, b) => a.from - b.from);
  if (checked.numbering === 'descending') ordered.reverse();
  const markOfTier = new Array<number>(checked.tiers + 1).fill(-1);
  const legend: { mark: GridPointMark; bands: TierBand[] }[] = [];
  ordered.forEach((band, index) => {
    const markIndex = index === 0 ? 0 : index === ordered.length - 1 ? 2 : 1;
    const mark = GRID_POINT_MARKS[markIndex] as GridPointMark;
    for (let tier = band.from; tier <= band.to; tier += 1) markOfTier[tier] = markIndex;
    const entry = legend.find((item) => item.mark === mark);
    if (entry === undefined) legend.push({ mark, bands: [band] });
    else entry.bands.push(band);
  });
  return { markOfTier, legend };
}

// ---------------------------------------------------------------------------------------------
// A grid's item pipeline

export interface PipelineStage {
  readonly stage: GridItemStage;
  /** Items now at this stage. */
  readonly count: number;
  /** Of those, items whose next stage is past its time limit (never any at `fedBack`). */
  readonly overdue: number;
}

export interface GridPipeline {
  readonly stages: readonly PipelineStage[];
  readonly total: number;
  readonly overdue: number;
}

const GridItemList = z.array(GridItem);

/**
 * The instant a grid's items are judged overdue at, from an `as-of`: a date `YYYY-MM-DD` (a day that exists) is the
 * end of that day in China time (UTC+8); an ISO date-time with offset is itself. Anything else is a ValidationError
 * naming `asOf`, never a date rolled over or read as now.
 */
export function gridAsOfInstant(asOf: string, subject = 'gridAsOfInstant'): string {
  if (z.safeParse(IsoDate, asOf).success) return `${asOf}T23:59:59+08:00`;
  if (z.safeParse(IsoDateTime, asOf).success && Number.isFinite(Date.parse(asOf))) return asOf;
  return invalidArgument(
    subject,
    'asOf',
    `expected a date YYYY-MM-DD or an ISO date-time with offset, received ${describeReceived(asOf)}`,
  );
}

/**
 * Counts a grid's information items per stage (collected → routed → responded → handled → fed back)
 * and how many at each stage are overdue as of `now`, by the SDK's stage time limits
 * ({@link DEFAULT_STAGE_LIMITS} unless given).
 */
export function gridPipeline(items: readonly GridItem[], limits: GridStageLimits, now: string | Date): GridPipeline {
  const checked = validateArgument(GridItemList, items, 'gridPipeline', 'items');
  const checkedLimits = validateArgument(GridStageLimits, limits, 'gridPipeline', 'limits');
  const at =
    now instanceof Date ? now.getTime() : Date.parse(validateArgument(IsoDateTime, now, 'gridPipeline', 'now'));
  if (Number.isNaN(at))
    invalidArgument('gridPipeline', 'now', `expected a valid date, received ${describeReceived(now)}`);
  const counts = new Map<GridItemStage, { count: number; overdue: number }>(
    GRID_ITEM_STAGES.map((stage) => [stage, { count: 0, overdue: 0 }]),
  );
  let overdue = 0;
  for (const item of checked) {
    const entry = counts.get(item.stage);
    if (entry === undefined) continue;
    entry.count += 1;
    if (timelineOf(item, checkedLimits, at).overdue) {
      entry.overdue += 1;
      overdue += 1;
    }
  }
  return {
    stages: GRID_ITEM_STAGES.map((stage) => ({ stage, ...(counts.get(stage) ?? { count: 0, overdue: 0 }) })),
    total: checked.length,
    overdue,
  };
}
