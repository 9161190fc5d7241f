/**
 * What a picture of the map shows for a selection, in the reader's language: its title line, the
 * legend, the credit line and the frame. No Leaflet here: the build uses it for the share pages'
 * previews, the app for "Download image" (with the reader's own view as the frame).
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { SITE } from '../cite/site';
import { areas, deposits, getArea, getDeposit, getStatement, placesOf } from '../data/dataset';
import { DEPOSIT_GROUPS } from '../data/constants';
import { COUNTRY_BOUNDS } from '../geo/country-bounds';
import type { I18n } from '../i18n/I18n';
import { areaName, depositName, localBrief } from '../i18n/localize';
import { picture } from '../i18n/messages/picture';
import { unlocatedAreas } from '../map/unlocated';
import type { Selection } from '../state/url';
import { composePicture, viewOfBounds, type PictureInput, type PictureTheme, type PictureView } from './compose';

type Bounds = [number, number, number, number];

function union(boxes: Bounds[]): Bounds | null {
  if (!boxes.length) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

const areaBox = (id: string): Bounds[] => {
  const a = getArea(id);
  return a ? [a.bbox as Bounds] : [];
};

/** The frame a share page's picture shows for a selection: its areas, deposits and countries, with a margin. */
export function frameFor(selection: Selection): PictureView {
  let box: Bounds | null = null;
  if (selection.kind === 'area') box = union(areaBox(selection.id));
  else if (selection.kind === 'deposit') {
    // A deposit with room around it to place it: about 8° of longitude and 4° of latitude.
    const d = getDeposit(selection.id);
    if (d?.location) box = [d.location.lon - 8, d.location.lat - 4, d.location.lon + 8, d.location.lat + 4];
    else if (d?.areaId) box = union(areaBox(d.areaId));
  } else if (selection.kind === 'statement') {
    const places = placesOf(selection);
    if (places) {
      const boxes = [
        ...places.areaIds.flatMap(areaBox),
        ...places.countries.flatMap((c) => {
          const b = COUNTRY_BOUNDS[c];
          return b ? [[b[1], b[0], b[3], b[2]] as Bounds] : [];
        }),
      ];
      box = union(boxes);
    }
  }
  box ??= union(areas.map((a) => a.bbox as Bounds))!;
  return viewOfBounds(box, selection.kind === 'deposit' ? 0.05 : 0.12);
}

/** The selection's name for the picture's second line (the map's description on the overview). */
export function selectionTitle(i18n: I18n, selection: Selection): string {
  if (selection.kind === 'area') {
    const a = getArea(selection.id);
    if (a) return areaName(i18n, a);
  } else if (selection.kind === 'deposit') {
    const d = getDeposit(selection.id);
    if (d) return depositName(i18n, d);
  } else if (selection.kind === 'statement') {
    const s = getStatement(selection.id);
    if (s) return localBrief(i18n, s).title;
  }
  return i18n.t.site.dek;
}

export type PictureOptions = {
  width: number;
  height: number;
  theme: PictureTheme;
  selection: Selection;
  land: Position[][][];
  /** The frame; by default the selection's (frameFor). */
  view?: PictureView;
};

/** The picture's SVG for a selection, in the language of `i18n`. */
export function pictureFor(i18n: I18n, o: PictureOptions): string {
  const { t } = i18n;
  const input: PictureInput = {
    width: o.width,
    height: o.height,
    theme: o.theme,
    view: o.view ?? frameFor(o.selection),
    title: t.site.heading,
    subtitle: selectionTitle(i18n, o.selection),
    legend: [
      { mark: 'region', text: t.legend.region },
      { mark: 'occupied', text: t.legend.occupied },
      ...DEPOSIT_GROUPS.map((g) => ({ mark: g, text: t.group[g] })),
      { mark: 'hollow' as const, text: t.legend.hollow },
      ...(unlocatedAreas.length ? [{ mark: 'unlocated' as const, text: t.legend.unlocated }] : []),
    ],
    credit: `${picture[i18n.lang].credit} · ${SITE.publisher}`,
    names: Object.fromEntries(areas.map((a) => [a.id, t.areaShort[a.id]])),
    areas,
    deposits,
    land: o.land,
    unlocated: unlocatedAreas.map((u) => u.area.id),
    selectedArea: o.selection.kind === 'area' ? o.selection.id : null,
    selectedDeposit: o.selection.kind === 'deposit' ? o.selection.id : null,
    selectedName: o.selection.kind === 'deposit' ? selectionTitle(i18n, o.selection) : undefined,
  };
  return composePicture(input);
}

/** The land polygons of the basemap's TopoJSON, decoded (the caller passes topojson-client's `feature`). */
export function landPolygons(fc: FeatureCollection | Feature): Position[][][] {
  const features = fc.type === 'FeatureCollection' ? fc.features : [fc];
  return features.flatMap((f) => {
    const g = f.geometry;
    if (g?.type === 'Polygon') return [g.coordinates];
    if (g?.type === 'MultiPolygon') return g.coordinates;
    return [];
  });
}
