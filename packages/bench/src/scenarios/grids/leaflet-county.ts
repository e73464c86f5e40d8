// What the Leaflet pages share: a tile-less map in CRS.Simple (lng/lat as plain x/y, like the hand-written
// projection) with every animation off, and the county's grids as an L.geoJSON layer filled by retailer count.
import * as L from 'leaflet';
import type { Grid, GridCollection } from '@plankit/sdk';
import { fillFor, retailerCount } from './county.js';

/** A Leaflet map in `frame`: CRS.Simple, no controls, no animations; `options` add the renderer. */
export function leafletMap(frame: HTMLElement, options: L.MapOptions): L.Map {
  return L.map(frame, {
    crs: L.CRS.Simple,
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0,
    fadeAnimation: false,
    zoomAnimation: false,
    markerZoomAnimation: false,
    ...options,
  });
}

/** The grids as L.geoJSON, filled by retailer count (five classes) and stroked white. */
export function leafletGrids(grids: GridCollection): L.GeoJSON {
  const max = Math.max(...grids.features.map(retailerCount));
  return L.geoJSON(grids as Parameters<typeof L.geoJSON>[0], {
    style: (feature) => ({
      fillColor: fillFor(retailerCount(feature as unknown as Grid), max),
      fillOpacity: 1,
      color: '#ffffff',
      weight: 0.5,
    }),
  });
}
