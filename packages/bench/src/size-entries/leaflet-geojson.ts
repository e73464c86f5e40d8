// Size entry: Leaflet as pages import it for a GeoJSON layer without tiles, with the stylesheet it needs.
import 'leaflet/dist/leaflet.css';
import { geoJSON, map } from 'leaflet';

export { geoJSON, map };
