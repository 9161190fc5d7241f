import type { Map as LeafletMap } from 'leaflet';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LayersControl, MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import { useT } from '../i18n/I18n';
import type { AppUrl, Selection } from '../state/url';
import { AreaLayer } from './AreaLayer';
import { Basemap } from './Basemap';
import { DepositLayer } from './DepositLayer';
import { FitSelection, INITIAL_BOUNDS } from './FitSelection';
import { MAX_ZOOM, MIN_ZOOM } from './layers';
import { Legend } from './Legend';

type MapViewProps = {
  selection: Selection;
  onSelect: (s: Selection) => void;
  /** The address's map options: layers, initial view, embed. */
  options: Pick<AppUrl, 'layers' | 'view' | 'embed'>;
  onMap?: (map: LeafletMap) => void;
};

/** Only an embed needs the gestures that leave the host page's scrolling alone. */
const EmbedGestures = lazy(() => import('./EmbedGestures'));

export function MapView({ selection, onSelect, options, onMap }: MapViewProps) {
  const selectedArea = selection.kind === 'area' ? selection.id : null;
  const selectedDeposit = selection.kind === 'deposit' ? selection.id : null;
  const { layers, view, embed } = options;
  const t = useT();
  const drawn = useAfterFirstPaint();
  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        {...(view ? { center: [view.lat, view.lon], zoom: view.zoom } : { bounds: INITIAL_BOUNDS, boundsOptions: { padding: [16, 16] } })}
        zoomSnap={0.25}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        scrollWheelZoom={!embed}
        attributionControl={false}
        ref={onMap}
      >
        <MapLabel text={t.map.label} />
        <Pane name="basemap" style={{ zIndex: 250 }}>
          {layers.basemap && <Basemap />}
        </Pane>
        <LayersControl position="topright">
          <LayersControl.Overlay name={t.map.tiles} checked={layers.tiles}>
            <TileLayer
              url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
              attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
              pane="basemap"
              zIndex={1}
              referrerPolicy="strict-origin-when-cross-origin"
            />
          </LayersControl.Overlay>
        </LayersControl>
        {drawn && layers.areas && <AreaLayer selected={selectedArea} onSelect={onSelect} />}
        {drawn && layers.deposits && <DepositLayer selected={selectedDeposit} onSelect={onSelect} />}
        <FitSelection keepInitialView={view !== null} />
        {embed && (
          <Suspense fallback={null}>
            <EmbedGestures />
          </Suspense>
        )}
      </MapContainer>
      <Legend />
    </div>
  );
}

/** Names the map's focusable container for screen readers (MapContainer passes no ARIA props). */
function MapLabel({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', text);
  }, [map, text]);
  return null;
}

/**
 * False until the page has painted once: the shapes and markers are then drawn in a task of their
 * own, so that the first paint (the panel's text) does not wait for them.
 */
function useAfterFirstPaint() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setReady(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return ready;
}
