import type { Map as LeafletMap } from 'leaflet';
import { Suspense, useEffect, useState } from 'react';
import { MapContainer, Pane, useMap } from 'react-leaflet';
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
import { afterNextPaint } from '../ui/after-paint';

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
  const step = useStepsAfterFirstPaint(4);
  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        crs={CONIC_CRS}
        // Without a view in the link, FitSelection frames the selection before the map is first seen.
        center={view ? [view.lat, view.lon] : [60, 100]}
        zoom={view ? view.zoom : 3}
        zoomSnap={0.25}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        scrollWheelZoom={!embed}
        attributionControl={false}
        zoomControl={false}
        ref={onMap}
      >
        <ZoomButtons />
        {/* The map itself is made first, in a task of its own; what goes on it follows, a step after each paint. */}
        {step >= 1 && (
          <>
            <MapLabel text={t.map.label} />
            {/* Rivers and lakes over the areas' fill, so that the Lena and Baikal show where they cross them,
                  under the names and markers; they take no clicks. */}
            <Pane name="water" style={{ zIndex: 410 }} />
            <Pane name="basemap" style={{ zIndex: 250 }}>
              {layers.basemap && <Basemap />}
            </Pane>
            <ScaleBar />
            <LocatorInset />
          </>
        )}
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
        {step >= 1 && <FitSelection keepInitialView={view !== null} />}
        {embed && (
          <Suspense fallback={null}>
            <EmbedGestures />
          </Suspense>
        )}
      </MapContainer>
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
 * 0 until the page has painted once, then one more after each following paint, up to `steps`: the
 * map, its framing and basemap, the shapes, the markers and the names are each made in a task of
 * their own, after a paint, so that neither the first paint (the panel's text) nor a reader's input
 * waits for the whole map at once.
 */
function useStepsAfterFirstPaint(steps: number) {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (step >= steps) return;
    return afterNextPaint(() => setStep(step + 1));
  }, [step, steps]);
  return step;
}
