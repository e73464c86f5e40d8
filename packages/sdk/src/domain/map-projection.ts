// The grid map's projection, from d3-geo: Web Mercator (d3's `geoMercatorRaw`) fitted into a box by d3's
// `geoIdentity().reflectY(true).fitExtent()`.
//
// Imported narrowly: `geoMercator()` is d3's whole spherical projection pipeline (antimeridian clipping, adaptive
// resampling, rotation) at 6.9 KB gzip, which alone would take <pk-grid-map> past its 14 KB budget, and its
// spherical polygons depend on the winding order (RFC 7946's counter-clockwise rings are read by d3 as the whole
// globe minus the grid). A county needs none of that: the raw Mercator is separable and monotonic, so the
// projected bounds are those of the bounds in degrees, and the planar identity transform fits them.
//
// The rings are walked by a plain loop rather than d3's `geoStream` and `geoTransform` wrappers: the same calls in
// the same order (the closing position of each ring implied, as d3 streams it), applying the fitted identity's
// scale and translation (`x · k + tx`, `ty − y · k`) to d3's raw Mercator. At 5,000 grids the stream's three layers
// of calls and arrays per position were a fifth of the map's first draw. `project` applies them the same way (the
// same numbers as calling the fitted identity), and the loops index their arrays rather than destructure them: a
// first draw runs this code cold, where destructuring goes through the iterator protocol for every position.
// This module imports only d3-geo and types, so the benchmark's size rows can count it toward the map.
import { geoIdentity, geoMercatorRaw, type GeoStream } from 'd3-geo';
import type { GridCollection, Position } from '../schemas/index.js';

/** A planar stream of projected rings (d3-geo's stream protocol, without spheres). */
export type PlanarStream = Pick<GeoStream, 'point' | 'lineStart' | 'lineEnd' | 'polygonStart' | 'polygonEnd'>;

/** Web Mercator fitted to a box: pixels, y down. */
export interface MercatorFit {
  /** Projects a [longitude, latitude] into the box; null when it has no finite position. */
  project(position: Position): [number, number] | null;
  /**
   * {@link project} written into `out` at `offset` (x, then y), for a loop over many points (20,000 retailers)
   * that keeps them in a typed array: no pair allocated per point. Returns false, writing nothing, when the
   * position has no finite place.
   */
  projectInto(position: Position, out: Float64Array, offset: number): boolean;
  /** Streams a grid's rings, projected into the box, to `sink` (the closing position of each ring is implied). */
  streamGrid(grid: GridCollection['features'][number], sink: PlanarStream): void;
}

const RADIANS = Math.PI / 180;
/** Web Mercator's latitude limit: beyond it y grows without bound. */
const MAX_LATITUDE = 85.051129;

/** d3's raw Mercator of degrees, the latitude clamped to Web Mercator's limit (NaN stays NaN). */
function mercator(lng: number, lat: number): [number, number] {
  return geoMercatorRaw(
    lng * RADIANS,
    (lat > MAX_LATITUDE ? MAX_LATITUDE : lat < -MAX_LATITUDE ? -MAX_LATITUDE : lat) * RADIANS,
  );
}

/** A grid's polygons (a Polygon is one). */
function polygonsOf(grid: GridCollection['features'][number]): readonly (readonly Position[])[][] {
  return grid.geometry.type === 'Polygon' ? [grid.geometry.coordinates] : grid.geometry.coordinates;
}

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
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  const grids = collection.features;
  for (let g = 0; g < grids.length; g += 1) {
    const polygons = polygonsOf(grids[g] as GridCollection['features'][number]);
    for (let p = 0; p < polygons.length; p += 1) {
      const polygon = polygons[p] as (readonly Position[])[];
      for (let r = 0; r < polygon.length; r += 1) {
        const ring = polygon[r] as readonly Position[];
        for (let index = 0; index < ring.length; index += 1) {
          const position = ring[index] as Position;
          const lng = position[0];
          const lat = position[1];
          if (lng < minLng) minLng = lng;
          if (lng > maxLng) maxLng = lng;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  // Mercator is separable and increasing in both coordinates: the corners of the bounds are the projected bounds.
  const [minX, minY] = Number.isFinite(minLng) ? mercator(minLng, minLat) : [Infinity, Infinity];
  const [maxX, maxY] = Number.isFinite(maxLng) ? mercator(maxLng, maxLat) : [-Infinity, -Infinity];
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
  const k = fitted.scale();
  const [tx, ty] = fitted.translate();
  const projectInto: MercatorFit['projectInto'] = (position, out, offset) => {
    if (!Array.isArray(position)) return false;
    const xy = mercator(position[0], position[1]);
    const x = xy[0] * k + tx;
    const y = ty - xy[1] * k;
    if (!(Number.isFinite(x) && Number.isFinite(y))) return false;
    out[offset] = x;
    out[offset + 1] = y;
    return true;
  };
  return {
    project(position) {
      const out = new Float64Array(2);
      return projectInto(position, out, 0) ? [out[0] as number, out[1] as number] : null;
    },
    projectInto,
    streamGrid(grid, sink) {
      const polygons = polygonsOf(grid);
      for (let p = 0; p < polygons.length; p += 1) {
        const polygon = polygons[p] as (readonly Position[])[];
        sink.polygonStart();
        for (let r = 0; r < polygon.length; r += 1) {
          const ring = polygon[r] as readonly Position[];
          sink.lineStart();
          for (let index = 0; index < ring.length - 1; index += 1) {
            const position = ring[index] as Position;
            const xy = mercator(position[0], position[1]);
            sink.point(xy[0] * k + tx, ty - xy[1] * k);
          }
          sink.lineEnd();
        }
        sink.polygonEnd();
      }
    },
  };
}
