/** How areas and deposits look. One place for colours, so the legend and the map agree. */
import type { PathOptions } from 'leaflet';
import type { Area, Deposit } from '../data/schema';
import type { AreaId } from '../geo/area-ids';

export const GROUP_COLOURS: Record<Deposit['group'], string> = {
  'rare-earths': '#6a3d9a',
  'rare-metals': '#1b6fa8',
  lithium: '#c2500a',
};

export const GROUP_LABELS: Record<Deposit['group'], string> = {
  'rare-earths': 'Rare earths',
  'rare-metals': 'Other rare metals',
  lithium: 'Lithium',
};

export const STAGE_LABELS: Record<Deposit['status']['stage'], string> = {
  producing: 'Producing',
  developing: 'Developing',
  undeveloped: 'Undeveloped',
};

export const HATCH_ID = 'occupied-hatch';

/**
 * Where each area's name goes on the map: inside the big areas (at a point turf places inside the
 * polygon), beside the small ones, whose inside is taken by their deposit markers.
 */
export const AREA_LABELS: Record<AreaId, { text: string; place: 'inside' | 'north' | 'south' | 'west' }> = {
  murmansk: { text: 'Murmansk', place: 'north' },
  'kabardino-balkaria': { text: 'Kabardino-Balkaria', place: 'south' },
  irkutsk: { text: 'Irkutsk', place: 'inside' },
  sakha: { text: 'Sakha (Yakutia)', place: 'inside' },
  tuva: { text: 'Tuva', place: 'south' },
  'occupied-ukraine': { text: 'Occupied Ukraine', place: 'north' },
};

/** The label's anchor, [lat, lon]. */
export function labelAnchor(area: Area): [number, number] {
  const [w, s, e, n] = area.bbox;
  switch (AREA_LABELS[area.id].place) {
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

export type MarkerShape = { tag: 'circle' | 'rect' | 'path'; attrs: Record<string, string> };

/** A marker's look: colour = what the deposit holds, shape = its status, hollow and dashed = not the deposit's own coordinate. */
export function markerShape(group: Deposit['group'], stage: Deposit['status']['stage'], exact: boolean): MarkerShape {
  const c = GROUP_COLOURS[group];
  const paint: Record<string, string> = {
    fill: exact ? c : '#ffffff',
    stroke: exact ? '#ffffff' : c,
    'stroke-width': exact ? '1.5' : '2.5',
  };
  if (!exact) paint['stroke-dasharray'] = '3 2';
  if (stage === 'producing') return { tag: 'circle', attrs: { cx: '11', cy: '11', r: '8', ...paint } };
  if (stage === 'developing') return { tag: 'rect', attrs: { x: '3.5', y: '3.5', width: '15', height: '15', ...paint } };
  return { tag: 'path', attrs: { d: 'M11 2.5 L20 19 H2 Z', ...paint } };
}

/** CSS pixels: at least 24, the WCAG 2.2 minimum target size. */
export const MARKER_SIZE = 24;
