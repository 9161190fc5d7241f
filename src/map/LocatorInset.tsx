import { Control, DomUtil, type Map as LeafletMap } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Inset } from '../geo/inset';
import { INSET_WIDTH, toInset } from '../geo/inset';
import { useT } from '../i18n/I18n';
import { pointsFor, viewFor } from './fit';
import { paddingFor } from './FitSelection';
import { afterNextPaint } from '../ui/after-paint';

/** The inset shows once the view is this many zoom levels closer than the overview of the six areas. */
const ZOOMED_IN = 1;

/** The zoom of the overview of the six areas, for each size of the map: worked out once per size. */
const overviewZooms = new Map<string, number>();
function overviewZoom(map: LeafletMap): number {
  const size = map.getSize();
  const key = `${size.x}×${size.y}`;
  let zoom = overviewZooms.get(key);
  if (zoom === undefined) {
    zoom = viewFor(map, pointsFor({ kind: 'overview' }), paddingFor(size.x), 6)?.zoom ?? Infinity;
    overviewZooms.set(key, zoom);
  }
  return zoom;
}

/** The view's outline, as points along the map's edges: on a conic map a straight edge is a curve. */
function frameOf(map: LeafletMap, inset: Inset): string {
  const { x, y } = map.getSize();
  const edge: [number, number][] = [];
  for (let i = 0; i <= 4; i++) edge.push([(x * i) / 4, 0]);
  for (let i = 1; i <= 4; i++) edge.push([x, (y * i) / 4]);
  for (let i = 3; i >= 0; i--) edge.push([(x * i) / 4, y]);
  for (let i = 3; i >= 1; i--) edge.push([0, (y * i) / 4]);
  return edge
    .map(([px, py]) => {
      const ll = map.containerPointToLatLng([px, py]);
      return toInset(inset, ll.lat, ll.lng)
        .map((n) => Math.round(n * 10) / 10)
        .join(' ');
    })
    .join(' ');
}

/**
 * A small map of Russia and Ukraine in the corner, with the current view marked, whenever the map
 * is zoomed in past the overview: a reader looking at one deposit still knows where it lies. Its
 * drawing loads only then. It takes no clicks.
 */
export function LocatorInset() {
  const map = useMap();
  const t = useT();
  const [container] = useState(() => DomUtil.create('div', 'locator-inset-control'));
  const [inset, setInset] = useState<Inset | null>(null);
  const [frame, setFrame] = useState<string | null>(null);

  useEffect(() => {
    const control = new Control({ position: 'bottomright' });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, container]);

  const update = () => {
    const zoomedIn = map.getZoom() >= overviewZoom(map) + ZOOMED_IN;
    if (!zoomedIn) return setFrame(null);
    if (!inset) {
      import('../data/inset.gen').then((m) => setInset(m.inset)).catch(() => {});
      return;
    }
    setFrame(frameOf(map, inset));
  };
  useMapEvents({ moveend: update, zoomend: update, resize: update });
  // The first view, in a task of its own after the map's first paint; again once the drawing has arrived.
  useEffect(() => afterNextPaint(update), [inset]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!inset || !frame) return null;
  return createPortal(
    <svg className="locator-inset" viewBox={`0 0 ${INSET_WIDTH} ${inset.height}`} role="img" aria-label={t.map.inset}>
      <path className="locator-inset-land" d={inset.land} />
      <polygon className="locator-inset-frame" points={frame} />
    </svg>,
    container,
  );
}
