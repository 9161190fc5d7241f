import { useEffect } from 'react';
import { useAddress } from '../state/useUrl';

/** Opens every disclosure that holds `el` (and `el` itself if it is one). */
export function openDisclosuresAround(el: Element) {
  for (let node: Element | null = el; node; node = node.parentElement)
    if (node instanceof HTMLDetailsElement) node.open = true;
}

/**
 * A link's fragment may name something inside a closed disclosure, which the browser would not
 * show. After each new panel (`key`) and on each change of fragment, open what holds the target
 * and bring it into view. A part that loads on demand (a deposit's record) is waited for until
 * the panel or the fragment changes again.
 */
export function useOpenTarget(key: unknown) {
  const { fragment } = useAddress();
  useEffect(() => {
    const panel = document.getElementById('panel');
    if (!fragment || !panel) return;
    const find = () => {
      const el = document.getElementById(fragment);
      return el && panel.contains(el) ? el : null;
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) show(found);
    });
    function show(el: HTMLElement) {
      observer.disconnect();
      openDisclosuresAround(el);
      el.scrollIntoView({ block: 'start' });
    }
    const el = find();
    if (el) show(el);
    else observer.observe(panel, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [key, fragment]);
}
