/// <reference types="vite/client" />
/**
 * The floor the app's first-visit bytes are compared with: the same basemap, areas and located
 * deposits, drawn with plain Leaflet (no React, no panel). Areas get the class `area` and the
 * basemap its own pane, as in the app, so the benchmark waits for both the same way.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { Feature, FeatureCollection, Point } from 'geojson';
import areasUrl from '../../data/areas.geojson?url';
import basemapUrl from '../../data/basemap.geojson?url';
import depositsUrl from '../../data/deposits.json?url';

type Deposit = { id: string; name: string; group: string; location: { lat: number; lon: number } | null };

const COLOURS: Record<string, string> = { 'rare-earths': '#6a3d9a', 'rare-metals': '#1b6fa8', lithium: '#c2500a' };

async function load<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

const map = L.map('map', { zoomSnap: 0.25, minZoom: 2, maxZoom: 10 });
map.createPane('basemap').style.zIndex = '250';

const [basemap, areas, deposits] = await Promise.all([
  load<FeatureCollection>(basemapUrl),
  load<FeatureCollection>(areasUrl),
  load<Deposit[]>(depositsUrl),
]);

L.geoJSON(basemap, {
  pane: 'basemap',
  interactive: false,
  style: { color: '#9aa3ab', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
}).addTo(map);

const areaLayer = L.geoJSON(areas, {
  style: (f) => ({
    className: `area area-${f?.id}`,
    color: f?.properties?.kind === 'occupied-ukraine' ? '#a11d1d' : '#8a5a00',
    weight: 1.5,
    fillColor: f?.properties?.kind === 'occupied-ukraine' ? '#e8a0a0' : '#f2b233',
    fillOpacity: 0.35,
  }),
}).addTo(map);

const points: Feature<Point, Deposit>[] = deposits
  .filter((d) => d.location !== null)
  .map((d) => ({ type: 'Feature', properties: d, geometry: { type: 'Point', coordinates: [d.location!.lon, d.location!.lat] } }));

L.geoJSON(points, {
  pointToLayer: (f: Feature<Point, Deposit>, latlng) =>
    L.circleMarker(latlng, { radius: 6, color: '#ffffff', weight: 1.5, fillColor: COLOURS[f.properties.group] ?? '#333', fillOpacity: 1 }).bindTooltip(
      f.properties.name,
    ),
}).addTo(map);

map.fitBounds(areaLayer.getBounds(), { padding: [16, 16] });
