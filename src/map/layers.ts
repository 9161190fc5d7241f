/**
 * The map's layers and zoom limits. Free of Leaflet, so the address parser can read them. `tiles`
 * stays parseable for older embed codes, but nothing draws it: online tiles exist only in Web
 * Mercator, and the map is conic.
 */
export const LAYERS = ['basemap', 'areas', 'deposits', 'tiles'] as const;
export type Layer = (typeof LAYERS)[number];

export const DEFAULT_LAYERS: Record<Layer, boolean> = { basemap: true, areas: true, deposits: true, tiles: false };

/** Leaflet zoom levels the map allows. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;
