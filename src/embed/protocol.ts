/**
 * How the embedded map talks to the page that embeds it, with `window.postMessage`.
 *
 * From the map (inside the iframe) to the host page:
 *   { type: 'rare-earth-map:height', height: number }       content height in CSS pixels, on load and on every change
 *   { type: 'rare-earth-map:select', selection: Selection, url: string }   when the reader selects something
 *      where Selection is { kind: 'overview' } | { kind: 'area' | 'deposit' | 'statement', id }
 *      | { kind: 'list' | 'sources' | 'figures' } | { kind: 'timeline', event: string | null } (src/state/url.ts),
 *      and url is the full map's address for it (without the embed options)
 *
 * The map posts to the parent with target origin '*': neither message carries anything private, and a
 * sandboxed frame cannot know its host's origin. The host script (public/embed.js) accepts a message only
 * from the contentWindow of one of its own iframes, and only with the origin of that iframe's src (or the
 * opaque origin 'null' where the iframe is sandboxed without allow-same-origin). The map ignores every
 * message it receives.
 *
 * Embed URL: the app's URL with `?embed` (plus options, see README "Embedding"). Iframes that the host
 * script resizes carry the attribute `data-rare-earth-map`.
 */
export const MESSAGE_HEIGHT = 'rare-earth-map:height';
export const MESSAGE_SELECT = 'rare-earth-map:select';
export const IFRAME_ATTRIBUTE = 'data-rare-earth-map';
export const EMBED_SCRIPT = 'embed.js';
