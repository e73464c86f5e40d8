// d3-geo's full spherical Web Mercator and path generator: the usual way to draw GeoJSON with d3.
export { geoMercator, geoPath } from 'd3-geo';
