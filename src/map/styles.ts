/** How areas look on the map. Deposit markers: src/vocab/marker.ts, shared with the panel. */
import type { PathOptions } from 'leaflet';
import type { Area } from '../data/schema';
import type { AreaId } from '../geo/area-ids';

export const HATCH_ID = 'occupied-hatch';

/**
 * Where each area's name goes on the map: inside the big areas (at a point turf places inside the
 * polygon), beside the small ones, whose inside is taken by their deposit markers.
 */
export const AREA_LABEL_PLACES: Record<AreaId, 'inside' | 'north' | 'south' | 'west'> = {
  murmansk: 'north',
  'kabardino-balkaria': 'south',
  irkutsk: 'inside',
  sakha: 'inside',
  tuva: 'south',
  'occupied-ukraine': 'north',
};

/** The label's anchor, [lat, lon]. */
export function labelAnchor(area: Area): [number, number] {
  const [w, s, e, n] = area.bbox;
  switch (AREA_LABEL_PLACES[area.id]) {
    case 'north':
      return [n, (w + e) / 2];
    case 'south':
      return [s, (w + e) / 2];
    case 'west':
      return [(s + n) / 2, w];
    default:
      return [area.label[1], area.label[0]];
  }
}

export function areaStyle(area: Area, selected: boolean): PathOptions {
  const occupied = area.properties.kind === 'occupied-ukraine';
  return {
    className: `area area--${area.properties.kind} area-${area.id}`,
    color: occupied ? '#a11d1d' : '#8a5a00',
    weight: selected ? 3 : 1.5,
    dashArray: occupied ? '6 4' : undefined,
    fillColor: occupied ? `url(#${HATCH_ID})` : '#f2b233',
    fillOpacity: occupied ? 0.75 : selected ? 0.55 : 0.35,
  };
}

export const BASEMAP_STYLE: PathOptions = {
  color: '#9aa3ab',
  weight: 0.6,
  fillColor: '#f4f1ea',
  fillOpacity: 1,
  interactive: false,
};
