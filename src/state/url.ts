/**
 * The whole address as one typed value. Every parameter is parsed and written here and nowhere else:
 *
 *   what the panel shows   area=<id> | deposit=<id> | statement=<id>
 *                          | show=list | show=sources | show=figures | show=timeline [&event=<id>]
 *   embed                  the compact embed view
 *   view=lat,lon,zoom      the initial centre and zoom (default: fit the selection, or all areas)
 *   theme=light|dark|auto  colours; auto follows the reader's prefers-color-scheme (the default)
 *   panel=closed           start with the panel closed (default open)
 *   layers=a,b,…           which layers show, from basemap, areas, deposits; `tiles`, from older
 *                          embed codes, is still read but ignored: the map draws no online tiles
 *   height=auto            the frame's height follows its content (set by the responsive embed code)
 *   lang=<code>            the interface language (default: the page's, or the browser's)
 *
 * Parsing never throws: an unknown or malformed option is ignored and its default used; an unknown
 * id gives the overview plus a notice naming what was asked for. `formatUrl` writes parameters in
 * one fixed order and leaves out every default, so `parseUrl(formatUrl(x))` gives `x` back.
 */
import { isAreaId, type AreaId } from '../geo/area-ids';
import { isLang, type Lang } from '../i18n/langs';
import { DEFAULT_LAYERS, LAYERS, MAX_ZOOM, MIN_ZOOM, type Layer } from '../map/layers';

export type Selection =
  | { kind: 'overview' }
  | { kind: 'area'; id: AreaId }
  | { kind: 'deposit'; id: string }
  | { kind: 'statement'; id: string }
  | { kind: 'list' }
  | { kind: 'sources' }
  | { kind: 'figures' }
  /** The timeline, scrolled to one event where `event` is given. */
  | { kind: 'timeline'; event: string | null };

/** The views of everything, written `show=<kind>`. */
export const VIEWS = ['list', 'sources', 'figures', 'timeline'] as const;
export type ViewKind = (typeof VIEWS)[number];

export type Theme = 'light' | 'dark' | 'auto';
/** An initial map view: centre in degrees, Leaflet zoom level. */
export type MapView = { lat: number; lon: number; zoom: number };

export type AppUrl = {
  selection: Selection;
  embed: boolean;
  view: MapView | null;
  theme: Theme;
  panelOpen: boolean;
  layers: Record<Layer, boolean>;
  autoHeight: boolean;
  /** The language the address asks for; null where it names none (the page's or the browser's is used). */
  lang: Lang | null;
};

/** Why a link's selection was not shown; the panel says it in the reader's language. */
export type Notice =
  { kind: 'unknown'; what: 'area' | 'deposit' | 'statement' | 'page' | 'event'; value: string } | { kind: 'conflict' };

export type ParsedUrl = { url: AppUrl; notice: Notice | null };

/** Which ids exist, for the kinds whose ids come from the data. */
export type Known = {
  deposit: (id: string) => boolean;
  statement: (id: string) => boolean;
  /** Timeline events; where not given, any event id is kept. */
  event?: (id: string) => boolean;
};

export const OVERVIEW: Selection = { kind: 'overview' };

export const DEFAULT_URL: AppUrl = {
  selection: OVERVIEW,
  embed: false,
  view: null,
  theme: 'auto',
  panelOpen: true,
  layers: DEFAULT_LAYERS,
  autoHeight: false,
  lang: null,
};

const SELECTION_KEYS = ['area', 'deposit', 'statement', 'show'] as const;
/** Longest part of an unknown value a notice repeats. */
const MAX_SHOWN = 60;

function shown(value: string) {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

function unknown(what: Extract<Notice, { kind: 'unknown' }>['what'], value: string) {
  return { selection: OVERVIEW, notice: { kind: 'unknown', what, value: shown(value) } as Notice };
}

function parseSelection(params: URLSearchParams, known: Known): { selection: Selection; notice: Notice | null } {
  const given = SELECTION_KEYS.flatMap((key) => params.getAll(key).map((value) => [key, value] as const));
  if (given.length === 0) return { selection: OVERVIEW, notice: null };
  if (given.length > 1) return { selection: OVERVIEW, notice: { kind: 'conflict' } };
  const [key, id] = given[0]!;
  switch (key) {
    case 'area':
      return isAreaId(id) ? { selection: { kind: 'area', id }, notice: null } : unknown('area', id);
    case 'deposit':
      return known.deposit(id) ? { selection: { kind: 'deposit', id }, notice: null } : unknown('deposit', id);
    case 'statement':
      return known.statement(id) ? { selection: { kind: 'statement', id }, notice: null } : unknown('statement', id);
    case 'show': {
      if (!(VIEWS as readonly string[]).includes(id)) return unknown('page', id);
      const view = id as ViewKind;
      if (view !== 'timeline') return { selection: { kind: view }, notice: null };
      const event = params.get('event');
      if (event === null || (known.event?.(event) ?? true))
        return { selection: { kind: 'timeline', event }, notice: null };
      return {
        selection: { kind: 'timeline', event: null },
        notice: { kind: 'unknown', what: 'event', value: shown(event) },
      };
    }
  }
}

function parseLayers(value: string | null): Record<Layer, boolean> {
  if (value === null) return DEFAULT_LAYERS;
  const named = value.split(',').map((s) => s.trim());
  const known = named.filter((s): s is Layer => (LAYERS as readonly string[]).includes(s));
  if (known.length === 0) return DEFAULT_LAYERS;
  return Object.fromEntries(LAYERS.map((l) => [l, known.includes(l)])) as Record<Layer, boolean>;
}

/** "lat,lon,zoom" with each number finite and in range. */
function parseView(value: string | null): MapView | null {
  if (value === null || value.length > 64) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 85 || lon < -180 || lon > 360 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  return { lat, lon, zoom };
}

export function parseUrl(search: string, known: Known): ParsedUrl {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const lang = params.get('lang');
  const { selection, notice } = parseSelection(params, known);
  return {
    url: {
      selection,
      embed: params.has('embed'),
      view: parseView(params.get('view')),
      theme: theme === 'dark' || theme === 'light' ? theme : 'auto',
      panelOpen: params.get('panel') !== 'closed',
      layers: parseLayers(params.get('layers')),
      autoHeight: params.get('height') === 'auto',
      lang: isLang(lang) ? lang : null,
    },
    notice,
  };
}

/** A query value, encoded, but with commas left readable (`view=55.75,37.62,4`). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** A number rounded to `decimals` places, written without trailing zeros or a minus zero. */
function rounded(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return String(r === 0 ? 0 : r);
}

/** The selection's parameters, none for the overview. */
function selectionParams(selection: Selection): string[] {
  switch (selection.kind) {
    case 'overview':
      return [];
    case 'area':
    case 'deposit':
    case 'statement':
      return [`${selection.kind}=${encode(selection.id)}`];
    case 'timeline':
      return selection.event === null ? ['show=timeline'] : ['show=timeline', `event=${encode(selection.event)}`];
    case 'list':
    case 'sources':
    case 'figures':
      return [`show=${selection.kind}`];
  }
}

/** The layers in the map's order, or null where they are the default set. */
function layersParam(layers: Record<Layer, boolean>): string | null {
  const shownLayers = LAYERS.filter((l) => layers[l]);
  if (shownLayers.length === 0) return null;
  return LAYERS.every((l) => layers[l] === DEFAULT_LAYERS[l]) ? null : shownLayers.join(',');
}

/**
 * The query string for an address ('' where everything is the default): `embed` first, then the
 * selection, `view` (lat and lon to 3 decimals, zoom to 2), `theme`, `panel`, `layers`, `height`
 * and `lang`, each only where it differs from the default.
 */
export function formatUrl(partial: Partial<AppUrl>): string {
  const url = { ...DEFAULT_URL, ...partial };
  const parts: string[] = [];
  if (url.embed) parts.push('embed');
  parts.push(...selectionParams(url.selection));
  if (url.view) parts.push(`view=${rounded(url.view.lat, 3)},${rounded(url.view.lon, 3)},${rounded(url.view.zoom, 2)}`);
  if (url.theme !== 'auto') parts.push(`theme=${url.theme}`);
  if (!url.panelOpen) parts.push('panel=closed');
  const layers = layersParam(url.layers);
  if (layers) parts.push(`layers=${layers}`);
  if (url.autoHeight) parts.push('height=auto');
  if (url.lang) parts.push(`lang=${url.lang}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The full map's address for the same place: the embed's own options (`embed`, `panel`, `height`) dropped. */
export function fullMapUrl(url: AppUrl): AppUrl {
  return { ...url, embed: false, panelOpen: true, autoHeight: false };
}

/** The stable address of one record or view: nothing but the selection (and the language, if named). */
export function permalinkUrl(selection: Selection, lang: Lang | null): AppUrl {
  return { ...DEFAULT_URL, selection, lang };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.kind !== b.kind) return false;
  if ('id' in a) return a.id === (b as { id: string }).id;
  if (a.kind === 'timeline') return a.event === (b as { event: string | null }).event;
  return true;
}
