import { latLngBounds, type LatLngBoundsExpression } from 'leaflet';
import { useMap } from 'react-leaflet';
import { areas, deposits, getArea, getDeposit } from '../data/dataset';
import type { Bbox } from '../data/schema';
import { useOnSelect } from '../state/useUrl';

function toBounds([w, s, e, n]: Bbox) {
  return latLngBounds([s, w], [n, e]);
}

/** Every area and every located deposit. */
export const INITIAL_BOUNDS: LatLngBoundsExpression = (() => {
  const b = toBounds(areas[0]!.bbox);
  for (const a of areas) b.extend(toBounds(a.bbox));
  for (const d of deposits) if (d.location) b.extend([d.location.lat, d.location.lon]);
  return b;
})();

function prefersReducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves the map to what is selected. On the first render a link's selection is fitted too, unless
 * the link also set its own view (`keepInitialView`).
 */
export function FitSelection({ keepInitialView }: { keepInitialView: boolean }) {
  const map = useMap();
  useOnSelect((selection, initial) => {
    const animate = !initial && !prefersReducedMotion();
    if (initial && (keepInitialView || selection.kind === 'overview')) return;
    const options = { animate, duration: 0.6, padding: [24, 24] as [number, number], maxZoom: 7 };
    if (selection.kind === 'area') {
      const area = getArea(selection.id);
      if (area) map.flyToBounds(toBounds(area.bbox), options);
    } else if (selection.kind === 'deposit') {
      const d = getDeposit(selection.id);
      const area = d?.areaId ? getArea(d.areaId) : undefined;
      if (d?.location) map.flyTo([d.location.lat, d.location.lon], Math.max(map.getZoom(), 5.5), { animate, duration: 0.6 });
      else if (area) map.flyToBounds(toBounds(area.bbox), options);
    } else if (selection.kind === 'overview') {
      map.flyToBounds(INITIAL_BOUNDS, { ...options, maxZoom: 5 });
    }
  });
  return null;
}
