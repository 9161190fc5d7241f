/** How areas look on the map. Deposit markers: src/vocab/marker.ts, shared with the panel. */
import type { PathOptions } from 'leaflet';
import type { Area } from '../data/schema';

export const HATCH_ID = 'occupied-hatch';

/**
 * The shapes' colours are CSS custom properties (styles.css, `--area-*`, `--land`, `--sea`), so the
 * light and dark themes and the legend's swatches use the very same values; here only the weights.
 */
export function areaStyle(area: Area, state: 'on' | 'dim' | 'normal'): PathOptions {
  const occupied = area.properties.kind === 'occupied-ukraine';
  return {
    className: `area area--${area.properties.kind} area-${area.id} area--${state}`,
    weight: state === 'on' ? 2.5 : 1.2,
    dashArray: occupied ? '5 3' : undefined,
    fillColor: occupied ? `url(#${HATCH_ID})` : undefined,
  };
}

export const BASEMAP_STYLE: PathOptions = { className: 'land', weight: 0.6, fillOpacity: 1, interactive: false };

/** Rivers and lakes: thin lines over the areas' fill, under their names and markers; never a click target. */
export const WATER_STYLE: PathOptions = { weight: 1, fillOpacity: 1, interactive: false };
