import { useEffect } from 'react';

/** Opens every disclosure that holds `el` (and `el` itself if it is one). */
export function openDisclosuresAround(el: Element) {
  for (let node: Element | null = el; node; node = node.parentElement)
    if (node instanceof HTMLDetailsElement) node.open = true;
}

/**
 * A link's fragment may name something inside a closed disclosure, which the browser would not
 * show. After each new panel (`key`) and on each change of fragment, open what holds the target
 * and bring it into view. A part that loads on demand (a deposit's record) is waited for until
 * the panel changes again.
 */
export function useOpenTarget(key: unknown) {
  useEffect(() => {
    const panel = document.getElementById('panel');
    let observer: MutationObserver | null = null;
    function find() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      return el && panel?.contains(el) ? el : null;
    }
    function show(el: HTMLElement) {
      observer?.disconnect();
      observer = null;
      openDisclosuresAround(el);
      el.scrollIntoView({ block: 'start' });
    }
    function reveal() {
      if (!window.location.hash || !panel) return;
      const el = find();
      if (el) return show(el);
      observer?.disconnect();
      observer = new MutationObserver(() => {
        const found = find();
        if (found) show(found);
      });
      observer.observe(panel, { childList: true, subtree: true });
    }
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => {
      observer?.disconnect();
      window.removeEventListener('hashchange', reveal);
    };
  }, [key]);
}
