/**
 * The embed URL and the HTML a journalist pastes into an article. Pure: the caller gives the app's
 * address (e.g. `location.origin + location.pathname`), nothing here reads `window`.
 */
import type { Lang } from '../i18n/langs';
import { embedDialog } from '../i18n/messages/embed-dialog';
import { LAYERS, type Layer } from '../map/layers';
import { formatUrl, type MapView, type Selection, type Theme } from '../state/url';
import { IFRAME_ATTRIBUTE, EMBED_SCRIPT } from './protocol';

/** What the embedded map shows at first. Every field is optional; a missing one means the app's default. */
export type EmbedParams = {
  /** What the panel shows (default the overview). */
  selection?: Selection;
  /** Initial centre and zoom (default: fit the selection). Lat and lon are rounded to 3 decimals, zoom to 2. */
  view?: MapView | null;
  /** Colours (default 'light'). */
  theme?: Theme;
  /** Whether the panel starts open (default true). */
  panelOpen?: boolean;
  /** Layers shown, in any order (default basemap, areas and deposits; an empty list also means the default). */
  layers?: readonly Layer[];
  /** The frame's height follows the content, through embed.js (`height=auto`). */
  responsive?: boolean;
  /** The interface language (default: the reader's browser language, else English). */
  lang?: Lang | null;
};

/** What `embedCode` needs: the map's parameters, the app's address and the frame's size. */
export type EmbedCodeOptions = EmbedParams & {
  /** The app's absolute http(s) address, e.g. 'https://example.org/rare-earths/'. Any query or hash is dropped. */
  appUrl: string;
  /** Frame width in CSS pixels, for the fixed size only (the responsive frame is as wide as the column). */
  width?: number;
  /** Frame height in CSS pixels: the fixed height, or the responsive frame's height until the map reports its own. */
  height?: number;
  /** The frame's accessible name (default DEFAULT_TITLE). */
  title?: string;
};

/** The frame's accessible name where the caller gives none; the embed dialog gives it in the reader's language. */
export const DEFAULT_TITLE = embedDialog.en.frameTitle;
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 480;
/** The sizes embed.js accepts, in CSS pixels; the code uses the same bounds. */
export const MIN_SIZE = 100;
export const MAX_SIZE = 10_000;

/**
 * Sent with the frame's request. The map needs nothing from it, so the article's address (which may
 * carry a reader's tokens or a draft's path) is not sent at all; the app's own pages say the same
 * with `<meta name="referrer" content="no-referrer">`.
 */
export const REFERRER_POLICY = 'no-referrer';

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The app's page address without query or hash, with a path ('/' at least), and the folder it is in.
 * Kept as the caller wrote it rather than re-serialised by `URL`, so what the journalist sees is what
 * they gave. Throws a TypeError for anything but an absolute http(s) URL.
 */
function appLocation(appUrl: string): { page: string; folder: string } {
  const base = appUrl.trim().replace(/[?#][\s\S]*$/, '');
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Not an http(s) address: ${appUrl}`);
  const pathStart = base.indexOf('/', base.indexOf('//') + 2);
  const page = pathStart === -1 ? `${base}/` : base;
  return { page, folder: page.slice(0, page.lastIndexOf('/') + 1) };
}

/**
 * The embedded map's URL: `embed` first, then the selection (`area=`, `deposit=`…), `view=lat,lon,zoom`,
 * `theme`, `panel=closed`, `layers`, `height=auto` and `lang`, each only where it differs from the
 * default (written by the address module, src/state/url.ts).
 *
 * @example embedUrl('https://example.org/map/', { selection: { kind: 'area', id: 'sakha' }, responsive: true })
 *   // 'https://example.org/map/?embed&area=sakha&height=auto'
 */
export function embedUrl(appUrl: string, params: EmbedParams): string {
  const listed = params.layers ?? [];
  const query = formatUrl({
    embed: true,
    ...(params.selection && { selection: params.selection }),
    view: params.view ?? null,
    ...(params.theme && { theme: params.theme }),
    panelOpen: params.panelOpen ?? true,
    ...(listed.length > 0 && {
      layers: Object.fromEntries(LAYERS.map((l) => [l, listed.includes(l)])) as Record<Layer, boolean>,
    }),
    autoHeight: params.responsive ?? false,
    lang: params.lang ?? null,
  });
  return `${appLocation(appUrl).page}${query}`;
}

/** A whole number of pixels within MIN_SIZE..MAX_SIZE, or the fallback where `value` is not a number. */
function pixels(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(value)));
}

/** `name="value"` pairs, escaped; `true` gives a bare attribute. */
function attributes(list: [string, string | true][]): string {
  return list.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`)).join(' ');
}

/**
 * The HTML to paste into an article.
 *
 * Fixed size: one `<iframe>` of `width` × `height` pixels.
 * Responsive (`responsive: true`): an `<iframe data-rare-earth-map>` as wide as its column, `height`
 * pixels high until the map reports its height, then `<script async src="…/embed.js">` from the app's
 * folder, which sets the frame's height to the map's content (see public/embed.js).
 *
 * Both frames load lazily, may go fullscreen (`allow="fullscreen"`, plus `allowfullscreen` for older
 * browsers) and send no referrer (REFERRER_POLICY). Every attribute value is HTML-escaped.
 */
export function embedCode(opts: EmbedCodeOptions): string {
  const { appUrl, width, height, title = DEFAULT_TITLE, ...params } = opts;
  const src = embedUrl(appUrl, params);
  const common: [string, string | true][] = [
    ['title', title],
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
    ['allowfullscreen', true],
    ['referrerpolicy', REFERRER_POLICY],
  ];
  const h = String(pixels(height, DEFAULT_HEIGHT));
  if (!params.responsive) {
    const frame = attributes([
      ['src', src],
      ['width', String(pixels(width, DEFAULT_WIDTH))],
      ['height', h],
      ['style', 'border:0'],
      ...common,
    ]);
    return `<iframe ${frame}></iframe>`;
  }
  const frame = attributes([
    [IFRAME_ATTRIBUTE, true],
    ['src', src],
    ['height', h],
    ['style', 'border:0;width:100%'],
    ...common,
  ]);
  const script = attributes([
    ['async', true],
    ['src', appLocation(appUrl).folder + EMBED_SCRIPT],
  ]);
  return `<iframe ${frame}></iframe>\n<script ${script}></script>`;
}
