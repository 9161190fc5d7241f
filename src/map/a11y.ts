import type { Layer, Path } from 'leaflet';
import { DomEvent } from 'leaflet';

/**
 * Makes a vector shape a keyboard control: reachable with Tab, named for screen readers, and
 * selected with Enter or Space. Leaflet gives markers this; shapes need it added.
 */
export function makePathFocusable(layer: Layer, label: string, onActivate: () => void) {
  const el = (layer as Path).getElement?.() as SVGElement | undefined;
  if (!el) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.setAttribute('focusable', 'true');
  DomEvent.on(el as unknown as HTMLElement, 'keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      DomEvent.preventDefault(e);
      onActivate();
    }
  });
}
