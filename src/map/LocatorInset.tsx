import { Control, DomUtil, type Map as LeafletMap } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
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

/**
 * A small map of Russia and Ukraine in the corner, with the current view marked, whenever the map
 * is zoomed in past the overview: a reader looking at one deposit still knows where it lies. Its
 * drawing loads only then. It takes no clicks.
 */
export function LocatorInset() {
  const map = useMap();
  const t = useT();
  const [container] = useState(() => DomUtil.create('div', 'locator-inset-control'));
  const [drawing, setDrawing] = useState<typeof import('./inset-drawing') | null>(null);
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
    if (!drawing) {
      import('./inset-drawing').then(setDrawing).catch(() => {});
      return;
    }
    setFrame(drawing.frameOf(map));
  };
  useMapEvents({ moveend: update, zoomend: update, resize: update });
  // The first view, in a task of its own after the map's first paint; again once the drawing has arrived.
  useEffect(() => afterNextPaint(update), [drawing]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!drawing || !frame) return null;
  const { inset, INSET_WIDTH } = drawing;
  return createPortal(
    <svg className="locator-inset" viewBox={`0 0 ${INSET_WIDTH} ${inset.height}`} role="img" aria-label={t.map.inset}>
      <path className="locator-inset-land" d={inset.land} />
      <polygon className="locator-inset-frame" points={frame} />
    </svg>,
    container,
  );
}
