/*
 * embed.js: host-page script for the embedded rare-earth map (src/embed/protocol.ts). ES2018, no dependencies.
 *   <iframe data-rare-earth-map src="https://.../?embed&height=auto" style="border:0;width:100%" height="480"></iframe>
 *   <script async src="https://.../embed.js"></script>
 * Sets each such iframe's height from its 'rare-earth-map:height' messages (kept within 100..10000 px), and
 * re-dispatches its 'rare-earth-map:select' messages as a bubbling CustomEvent of that name on the iframe
 * (detail = the message): document.addEventListener('rare-earth-map:select', (e) => e.detail.selection).
 * A message counts only from the contentWindow of one of these iframes, with the origin of its src, or 'null'
 * where it is sandboxed without allow-same-origin. All else is ignored. Safe to include twice.
 */
(function () {
  'use strict';
  if (window.__rareEarthMapEmbed) return;
  window.__rareEarthMapEmbed = true;
  const P = 'rare-earth-map:';

  window.addEventListener('message', function (event) {
    const data = event.data;
    if (!event.source || !data || typeof data !== 'object') return;
    if (data.type !== P + 'height' && data.type !== P + 'select') return;
    const frames = document.querySelectorAll('iframe[data-rare-earth-map]');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      let origin = 'null';
      if (!frame.hasAttribute('sandbox') || frame.sandbox.contains('allow-same-origin')) {
        try {
          origin = new URL(frame.src, location.href).origin;
        } catch (e) {
          return;
        }
      }
      if (event.origin !== origin) return;
      if (data.type === P + 'height') {
        const h = data.height;
        if (typeof h === 'number' && isFinite(h) && h > 0)
          frame.style.height = Math.min(10000, Math.max(100, Math.ceil(h))) + 'px';
      } else if (data.selection && typeof data.selection === 'object') {
        frame.dispatchEvent(new CustomEvent(P + 'select', { detail: data, bubbles: true }));
      }
      return;
    }
  });
})();
