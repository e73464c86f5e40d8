// d3-zoom as <pk-grid-map> would use it (zoom behaviour and transform), with the d3 modules it brings.
export { zoom, zoomIdentity } from 'd3-zoom';
