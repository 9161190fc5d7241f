import type { Map as LeafletMap } from 'leaflet';
import { Suspense, useEffect } from 'react';
import { Pane, useMap } from 'react-leaflet';
import { lazyPart } from '../lazy-part';
import { useT } from '../i18n/I18n';
import type { AppUrl, Selection } from '../state/url';
import { placesOf } from '../data/dataset';
import { AreaLabels } from './AreaLabels';
import { AreaLayer } from './AreaLayer';
import { Basemap } from './Basemap';
import { DepositLayer } from './DepositLayer';
import { CONIC_CRS } from './crs';
import { FitSelection } from './FitSelection';
import { MAX_ZOOM, MIN_ZOOM } from './layers';
import { ScaleBar } from './ScaleBar';
import { LocatorInset } from './LocatorInset';
import { ZoomButtons } from './ZoomButtons';
import { settled, SteppedMap } from './SteppedMap';

type MapViewProps = {
  selection: Selection;
  onSelect: (s: Selection) => void;
  /** The address's map options: layers, initial view, embed. */
  options: Pick<AppUrl, 'layers' | 'view' | 'embed'>;
  onMap?: (map: LeafletMap) => void;
};

/** Only an embed needs the gestures that leave the host page's scrolling alone. */
const EmbedGestures = lazyPart(() => import('./EmbedGestures'));

export function MapView({ selection, onSelect, options, onMap }: MapViewProps) {
  const selectedArea = selection.kind === 'area' ? selection.id : null;
  const selectedDeposit = selection.kind === 'deposit' ? selection.id : null;
  // A statement or a timeline event: the areas it concerns stand out and the others fade.
  const highlighted = placesOf(selection)?.areaIds ?? null;
  const { layers, view, embed } = options;
  const t = useT();
  return (
    <div className="map-wrap">
      <SteppedMap
        className="map"
        options={{
          crs: CONIC_CRS,
          zoomSnap: 0.25,
          minZoom: MIN_ZOOM,
          maxZoom: MAX_ZOOM,
          scrollWheelZoom: !embed,
          attributionControl: false,
          zoomControl: false,
        }}
        // Without a view in the link, FitSelection frames the selection before the map is first seen.
        center={view ? [view.lat, view.lon] : [60, 100]}
        zoom={view ? view.zoom : 3}
        onMap={onMap}
        steps={5}
      >
        {/* The map itself is made first, in a task of its own; what goes on it follows, a step after
            each paint, each step's work (framing, basemap, shapes, markers, names) in tasks of its own. */}
        {(step) => (
          <>
            {step >= 1 && <ZoomButtons />}
            <MapLabel text={t.map.label} />
            {/* Rivers and lakes over the areas' fill, so that the Lena and Baikal show where they cross them,
                  under the names and markers; they take no clicks. */}
            <Pane name="water" style={{ zIndex: 410 }} />
            <Pane name="basemap" style={{ zIndex: 250 }}>
              {step >= 1 && layers.basemap && <Basemap />}
            </Pane>
            {step >= 1 && <ScaleBar />}
            <FitSelection keepInitialView={view !== null} />
            {step >= 2 && layers.areas && (
              <AreaLayer selected={selectedArea} highlighted={highlighted} onSelect={onSelect} />
            )}
            {step >= 3 && layers.deposits && <DepositLayer selected={selectedDeposit} onSelect={onSelect} />}
            {step >= 4 && layers.areas && (
              <AreaLabels
                selected={selectedArea}
                selectedDeposit={selectedDeposit}
                highlighted={highlighted}
                onSelect={onSelect}
              />
            )}
            {step >= 5 && <LocatorInset />}
            {step >= 5 && !layers.areas && <Settled />}
            {embed && (
              <Suspense fallback={null}>
                <EmbedGestures />
              </Suspense>
            )}
          </>
        )}
      </SteppedMap>
    </div>
  );
}

/** Where no names are drawn, the map's first view is drawn once its last step is taken. */
function Settled() {
  const map = useMap();
  useEffect(() => settled(map, true), [map]);
  return null;
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
