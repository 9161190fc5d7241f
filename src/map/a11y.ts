import type { Layer, Path } from 'leaflet';
import { DomEvent } from 'leaflet';

/** Enter or Space on the element runs `onActivate`, as on a button. Returns a function that undoes it. */
export function activateOnKeys(el: HTMLElement | SVGElement, onActivate: () => void): () => void {
  function onKeyDown(e: Event) {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      DomEvent.preventDefault(e);
      DomEvent.stopPropagation(e);
      onActivate();
    }
  }
  DomEvent.on(el as HTMLElement, 'keydown', onKeyDown);
  return () => DomEvent.off(el as HTMLElement, 'keydown', onKeyDown);
}

/**
 * Makes a vector shape a keyboard control: reachable with Tab, named for screen readers, and
 * selected with Enter or Space. Leaflet makes markers focusable but not shapes. Returns the shape's element.
 */
export function makePathFocusable(layer: Layer, label: string, onActivate: () => void): SVGElement | null {
  const el = (layer as Path).getElement?.() as SVGElement | undefined;
  if (!el) return null;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  activateOnKeys(el, onActivate);
  return el;
}
