/**
 * Which element on the map stands for a selection, so that keyboard focus can go back to it. The
 * map registers its shapes and markers here as it draws them; nothing looks them up by class name.
 */
import type { Selection } from './url';

type Focusable = HTMLElement | SVGElement;

const features = new Map<string, Focusable>();

function keyOf(selection: Selection): string | null {
  return selection.kind === 'area' || selection.kind === 'deposit' ? `${selection.kind}:${selection.id}` : null;
}

/**
 * Says that `el` now stands for `selection` (a marker, or the group a deposit has joined). Returns
 * the function that undoes it, which leaves a newer element for the same selection in place.
 */
export function registerFeature(selection: Selection, el: Focusable): () => void {
  const key = keyOf(selection);
  if (!key) return () => {};
  features.set(key, el);
  return () => {
    if (features.get(key) === el) features.delete(key);
  };
}

/** The element that stands for the selection, if the map has drawn one and it is still on the page. */
export function featureOf(selection: Selection): Focusable | null {
  const key = keyOf(selection);
  const el = key ? features.get(key) : undefined;
  return el && el.isConnected ? el : null;
}
