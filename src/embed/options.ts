/**
 * Options a page that embeds the map can set in the URL. Every value is optional; an unknown or
 * malformed one is ignored and the default used, never an error.
 *
 *   embed              the compact embed view
 *   theme=light|dark|auto   colours; auto follows the reader's prefers-color-scheme (default light)
 *   panel=closed       start with the panel closed (default open)
 *   layers=a,b,…       which layers show, from basemap, areas, deposits, tiles (default basemap,areas,deposits)
 *   view=lat,lon,zoom  the initial centre and zoom (default: fit the selection, or all areas)
 *   height=auto        the frame's height follows the content (set by the responsive embed code)
 *   lang=…             the interface language: only English exists, so any value gives English
 */
export const LAYERS = ['basemap', 'areas', 'deposits', 'tiles'] as const;
export type Layer = (typeof LAYERS)[number];
export type Theme = 'light' | 'dark' | 'auto';

export type EmbedOptions = {
  embed: boolean;
  theme: Theme;
  panelOpen: boolean;
  layers: Record<Layer, boolean>;
  view: { lat: number; lon: number; zoom: number } | null;
  autoHeight: boolean;
};

export const DEFAULT_LAYERS: Record<Layer, boolean> = { basemap: true, areas: true, deposits: true, tiles: false };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;

function parseLayers(value: string | null): Record<Layer, boolean> {
  if (value === null) return DEFAULT_LAYERS;
  const named = value.split(',').map((s) => s.trim());
  const known = named.filter((s): s is Layer => (LAYERS as readonly string[]).includes(s));
  if (known.length === 0) return DEFAULT_LAYERS;
  return Object.fromEntries(LAYERS.map((l) => [l, known.includes(l)])) as Record<Layer, boolean>;
}

/** "lat,lon,zoom" with each number finite and in range. */
function parseView(value: string | null): EmbedOptions['view'] {
  if (value === null || value.length > 64) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 85 || lon < -180 || lon > 360 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  return { lat, lon, zoom };
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    embed: params.has('embed'),
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    panelOpen: params.get('panel') !== 'closed',
    layers: parseLayers(params.get('layers')),
    view: parseView(params.get('view')),
    autoHeight: params.get('height') === 'auto',
  };
}
