/**
 * Starts the app once the page has painted its text: the prerendered headline, legend and
 * introduction arrive with the page and are read first, so the app's scripts (written into this
 * tag's data-entry and data-preload by scripts/prerender.mjs) do not share the connection with the
 * page's stylesheet or hold up its first paint. A browser without paint timing starts it after the
 * next frame; where nothing will be painted (a frame with no size, a background tab), it starts at
 * once, and anywhere else after 3 s if no paint is ever reported.
 */
const tag = document.querySelector('script[data-entry]');
let started = false;

/** Runs fn in a task of its own; unlike a timer, not held back in a background tab. */
function nextTask(fn) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

function start() {
  if (started || !tag) return;
  started = true;
  const base = document.baseURI;
  const preloads = (tag.dataset.preload ?? '').split(' ').filter(Boolean);
  // One request a task: each costs the main thread up to a few milliseconds on a desktop, so all
  // of them at once were one long task on a phone, just after the first paint.
  const request = (i) => {
    if (i === preloads.length) {
      import(new URL(tag.dataset.entry, base).href);
      return;
    }
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.href = new URL(preloads[i], base).href;
    document.head.append(link);
    nextTask(() => request(i + 1));
  };
  request(0);
}

if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
} else {
  // No paint timing: after the next frame, which the browser paints before it runs the timer.
  requestAnimationFrame(() => setTimeout(start));
}
// Where nothing will be painted (a background tab, or a frame with no size, as display: none leaves
// it), at once; elsewhere the paint starts it, and this only in case no paint is ever reported. A
// short wait here would start the scripts before the paint on a busy or slow machine.
const unseen = document.visibilityState === 'hidden' || innerWidth === 0 || innerHeight === 0;
setTimeout(start, unseen ? 0 : 3000);
