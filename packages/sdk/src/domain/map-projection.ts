// The grid map's projection, from d3-geo: Web Mercator (d3's `geoMercatorRaw`) fitted into a box by d3's
// `geoIdentity().reflectY(true).fitExtent()`, with d3's GeoJSON stream (`geoStream`) walking the rings.
//
// Imported narrowly: `geoMercator()` is d3's whole spherical projection pipeline (antimeridian clipping, adaptive
// resampling, rotation) at 6.9 KB gzip, which alone would take <pk-grid-map> past its 14 KB budget, and its
// spherical polygons depend on the winding order (RFC 7946's counter-clockwise rings are read by d3 as the whole
// globe minus the grid). A county needs none of that: the raw Mercator is separable and monotonic, so the
// projected bounds are those of the projected positions, and the planar identity transform fits them (3.6 KB).
// This module imports only d3-geo and types, so the benchmark's size rows can count it toward the map.
import { geoIdentity, geoMercatorRaw, geoStream, geoTransform, type GeoStream } from 'd3-geo';
import type { GridCollection, Position } from '../schemas/index.js';

/** A planar stream of projected rings (d3-geo's stream protocol, without spheres). */
export type PlanarStream = Pick<GeoStream, 'point' | 'lineStart' | 'lineEnd' | 'polygonStart' | 'polygonEnd'>;

/** Web Mercator fitted to a box: pixels, y down. */
export interface MercatorFit {
  /** Projects a [longitude, latitude] into the box; null when it has no finite position. */
  project(position: Position): [number, number] | null;
  /** Streams a grid's rings, projected into the box, to `sink` (the closing position of each ring is implied). */
  streamGrid(grid: GridCollection['features'][number], sink: PlanarStream): void;
}

const RADIANS = Math.PI / 180;
/** Web Mercator's latitude limit: beyond it y grows without bound. */
const MAX_LATITUDE = 85.051129;

/** d3's raw Mercator of degrees, the latitude clamped to Web Mercator's limit. */
function mercator(lng: number, lat: number): [number, number] {
  return geoMercatorRaw(lng * RADIANS, Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS);
}

/** The stream transform from degrees to raw Mercator, as d3's `geoTransform`. */
const toMercator = geoTransform({
  point(lng: number, lat: number) {
    const [x, y] = mercator(lng, lat);
    this.stream.point(x, y);
  },
});

/**
 * Web Mercator fitted into `size` minus `padding` on every side, north up and centred: d3's identity transform
 * (y reflected) fitted to the bounds of the projected grids. A collection without extent (no grids, or one
 * point) is centred at scale 1. `collection` must be valid and `size` larger than twice the padding.
 */
export function fitMercator(
  collection: GridCollection,
  size: { readonly width: number; readonly height: number },
  padding: number,
): MercatorFit {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const boundsSink: PlanarStream = {
    point(x, y) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    },
    lineStart() {},
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {},
  };
  geoStream(collection as Parameters<typeof geoStream>[0], toMercator.stream(boundsSink as GeoStream));
  const fitted = geoIdentity().reflectY(true);
  if (maxX > minX || maxY > minY) {
    fitted.fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [minX, minY],
          [maxX, maxY],
        ],
      },
    );
  } else {
    const [x, y] = Number.isFinite(minX) ? [minX, minY] : [0, 0];
    fitted.translate([size.width / 2 - x, size.height / 2 + y]);
  }
  let lastSink: PlanarStream | undefined;
  let lastStream: GeoStream | undefined;
  return {
    project(position) {
      if (!Array.isArray(position)) return null;
      const [lng, lat] = position;
      const point = fitted(mercator(lng, lat));
      return point !== null && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
    },
    streamGrid(grid, sink) {
      if (lastSink !== sink || lastStream === undefined) {
        lastSink = sink;
        lastStream = toMercator.stream(fitted.stream(sink as GeoStream));
      }
      geoStream(grid as Parameters<typeof geoStream>[0], lastStream);
    },
  };
}
