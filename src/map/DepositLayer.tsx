import {
  canvas,
  circleMarker,
  latLngBounds,
  layerGroup,
  type LatLng,
  type LeafletEventHandlerFnMap,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
} from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Circle, Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { deposits } from '../data/dataset';
import type { Area, DepositSummary } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { areaName, depositName } from '../i18n/localize';
import { registerFeature } from '../state/feature-focus';
import type { Selection } from '../state/url';
import { depositAccessibleName } from '../vocab/describe';
import { GROUP_COLOURS, MARKER_SIZE } from '../vocab/marker';
import { activateOnKeys } from './a11y';
import { clusterPoints } from './cluster';
import { clusterIcon, depositIcon, unlocatedIcon } from './icons';
import { unlocatedAreas } from './unlocated';
import { unlocatedSpot } from './unlocated-spots';

type DepositLayerProps = { selected: string | null; onSelect: (s: Selection) => void };

const located = deposits.filter((d) => d.location !== null);

/**
 * Above this many points, markers are drawn on one canvas instead of one element each: the map
 * stays usable with thousands of points, at the cost of keyboard focus on each of them (the panel's
 * lists still reach every deposit).
 */
export const CANVAS_THRESHOLD = 300;

/** Markers closer than this on screen (CSS pixels) are drawn as one group, so no two targets overlap. */
const CLUSTER_DISTANCE = MARKER_SIZE + 4;
const CLUSTER_SIZE = MARKER_SIZE + 4;

export function DepositLayer({ selected, onSelect }: DepositLayerProps) {
  return (
    <>
      {located.length > CANVAS_THRESHOLD ? (
        <CanvasDeposits selected={selected} onSelect={onSelect} />
      ) : (
        <ClusteredDeposits selected={selected} onSelect={onSelect} />
      )}
      {unlocatedAreas.length > 0 && <UnlocatedMarkers selected={selected} onSelect={onSelect} />}
    </>
  );
}

/** Clear of the other markers by this much (centre to centre, CSS pixels): no two targets touch. */
const UNLOCATED_GAP = MARKER_SIZE + 8;

/** The markers and groups that names and the "?" keep clear of at a zoom (none among thousands on a canvas). */
function drawnGroups(map: LeafletMap, zoom: number, selected: string | null) {
  return located.length > CANVAS_THRESHOLD ? [] : depositClusters(map, zoom, selected);
}

/** Where each "?" goes at a zoom, clear of the deposits' markers and groups there (`taken`, from drawnGroups). */
function unlocatedPlaces(map: LeafletMap, zoom: number, taken: { x: number; y: number }[]) {
  return unlocatedAreas.map(({ area, items }) => ({
    area,
    count: items.length,
    at: unlocatedSpot(area, (p) => map.project(p, zoom), taken, UNLOCATED_GAP),
  }));
}

function UnlocatedMarkers({ selected, onSelect }: DepositLayerProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const places = useMemo(() => unlocatedPlaces(map, zoom, drawnGroups(map, zoom, selected)), [map, zoom, selected]);
  return places.map((p) => (
    <UnlocatedMarker key={p.area.id} area={p.area} count={p.count} at={p.at} onSelect={onSelect} />
  ));
}

type UnlocatedMarkerProps = { area: Area; count: number; at: [number, number]; onSelect: (s: Selection) => void };

/** "?" in an area whose deposits have no published location: selecting it opens the area, where they are listed. */
function UnlocatedMarker({ area, count, at, onSelect }: UnlocatedMarkerProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const select = useCallback(() => onSelect({ kind: 'area', id: area.id }), [area.id, onSelect]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(() => ({ click: select }), [select]);
  const icon = useMemo(() => unlocatedIcon(), []);
  const marker = useRef<LeafletMarker>(null);
  const name = t.map.unlocated(areaName(i18n, area), t.count.deposits(count));
  useEffect(() => {
    const el = marker.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', name);
    el.setAttribute('data-area', area.id);
    return activateOnKeys(el, select);
  }, [icon, name, area.id, select]);
  return <Marker ref={marker} position={at} icon={icon} eventHandlers={handlers} title={name} />;
}

/** The markers and groups drawn at a zoom, in pixel coordinates of that zoom (the selected deposit apart). */
export function depositClusters(map: LeafletMap, zoom: number, selected: string | null) {
  const points = located
    .filter((d) => d.id !== selected)
    .map((d) => {
      const p = map.project([d.location!.lat, d.location!.lon], zoom);
      return { item: d, x: p.x, y: p.y };
    });
  return clusterPoints(points, CLUSTER_DISTANCE);
}

/** The boxes the markers take on screen (container pixels), for the area names to keep clear of. */
export function markerBoxes(map: LeafletMap, selected: string | null) {
  const zoom = map.getZoom();
  const origin = map.getPixelOrigin();
  const pane = map.containerPointToLayerPoint([0, 0]);
  // Thousands of canvas markers leave names no room to avoid them, and grouping them (closest pair
  // first) would hold the page for minutes: names keep clear of the selected one alone.
  const groups = drawnGroups(map, zoom, selected);
  const boxes = groups.map((c) => {
    const size = c.items.length > 1 ? CLUSTER_SIZE : MARKER_SIZE;
    const x = c.x - origin.x - pane.x;
    const y = c.y - origin.y - pane.y;
    return { x: x - size / 2, y: y - size / 2, w: size, h: size };
  });
  for (const { at } of unlocatedPlaces(map, zoom, groups)) {
    const p = map.latLngToContainerPoint(at);
    boxes.push({ x: p.x - MARKER_SIZE / 2, y: p.y - MARKER_SIZE / 2, w: MARKER_SIZE, h: MARKER_SIZE });
  }
  const sel = selected ? located.find((d) => d.id === selected) : undefined;
  if (sel) {
    const p = map.latLngToContainerPoint([sel.location!.lat, sel.location!.lon]);
    boxes.push({ x: p.x - MARKER_SIZE * 0.7, y: p.y - MARKER_SIZE * 0.7, w: MARKER_SIZE * 1.4, h: MARKER_SIZE * 1.4 });
  }
  return boxes;
}

/** One marker per deposit where there is room, one group marker where several would overlap. */
function ClusteredDeposits({ selected, onSelect }: DepositLayerProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const clusters = useMemo(() => depositClusters(map, zoom, selected), [map, zoom, selected]);
  const selectedDeposit = selected ? located.find((d) => d.id === selected) : undefined;
  return (
    <>
      {clusters.map((c) =>
        c.items.length === 1 ? (
          <DepositMarker key={c.items[0]!.id} deposit={c.items[0]!} selected={false} onSelect={onSelect} />
        ) : (
          <ClusterMarker
            key={c.items.map((d) => d.id).join(',')}
            items={c.items}
            position={map.unproject([c.x, c.y], zoom)}
          />
        ),
      )}
      {selectedDeposit && <DepositMarker deposit={selectedDeposit} selected onSelect={onSelect} />}
    </>
  );
}

/** A group of deposits too close to tell apart at this zoom: selecting it zooms in on them. */
function ClusterMarker({ items, position }: { items: DepositSummary[]; position: LatLng }) {
  const map = useMap();
  const i18n = useI18n();
  const { t } = i18n;
  const names = useMemo(() => items.map((d) => depositName(i18n, d)), [items, i18n]);
  const marker = useRef<LeafletMarker>(null);
  const zoomIn = useCallback(() => {
    const bounds = latLngBounds(items.map((d) => [d.location!.lat, d.location!.lon] as [number, number]));
    map.flyToBounds(bounds, { padding: [60, 60], maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 3) });
  }, [items, map]);
  const icon = useMemo(() => clusterIcon(items.length), [items.length]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(() => ({ click: zoomIn }), [zoomIn]);
  useEffect(() => {
    const el = marker.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', t.map.cluster(items.length, names.join('; ')));
    el.setAttribute('data-deposits', items.map((d) => d.id).join(' '));
    const unregister = items.map((d) => registerFeature({ kind: 'deposit', id: d.id }, el));
    const deactivate = activateOnKeys(el, zoomIn);
    return () => {
      deactivate();
      for (const undo of unregister) undo();
    };
  }, [items, zoomIn, icon, t, names]);
  return <Marker ref={marker} position={position} icon={icon} eventHandlers={handlers} title={names.join(', ')} />;
}

type DepositMarkerProps = { deposit: DepositSummary; selected: boolean; onSelect: (s: Selection) => void };

function DepositMarker({ deposit, selected, onSelect }: DepositMarkerProps) {
  const i18n = useI18n();
  const loc = deposit.location!;
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({ click: () => onSelect({ kind: 'deposit', id: deposit.id }) }),
    [deposit, onSelect],
  );
  const icon = useMemo(() => depositIcon(deposit, selected), [deposit, selected]);
  const marker = useRef<LeafletMarker>(null);
  // Leaflet may rebuild the icon's element when the icon changes: name it and make it a button each time.
  useEffect(() => {
    const el = marker.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', depositAccessibleName(i18n, deposit, depositName(i18n, deposit)));
    el.setAttribute('data-deposit', deposit.id);
    const unregister = registerFeature({ kind: 'deposit', id: deposit.id }, el);
    const deactivate = activateOnKeys(el, () => onSelect({ kind: 'deposit', id: deposit.id }));
    return () => {
      deactivate();
      unregister();
    };
  }, [icon, deposit, onSelect, i18n]);
  return (
    <>
      {selected && (
        <Circle
          center={[loc.lat, loc.lon]}
          radius={loc.precisionKm * 1000}
          pathOptions={{
            color: GROUP_COLOURS[deposit.group],
            weight: 1.5,
            dashArray: '4 4',
            fillOpacity: 0.08,
            interactive: false,
          }}
        />
      )}
      <Marker
        ref={marker}
        position={[loc.lat, loc.lon]}
        icon={icon}
        eventHandlers={handlers}
        title={depositName(i18n, deposit)}
        zIndexOffset={selected ? 1000 : 0}
        riseOnHover
      >
        <Tooltip direction="top" offset={[0, -10]}>
          {depositAccessibleName(i18n, deposit, depositName(i18n, deposit))}
        </Tooltip>
      </Marker>
    </>
  );
}

/** Thousands of deposits as circle markers on one shared canvas, created once. */
function CanvasDeposits({ selected, onSelect }: DepositLayerProps) {
  const map = useMap();
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    const renderer = canvas({ padding: 0.5 });
    const group = layerGroup();
    for (const d of located) {
      const exact = d.location!.basis === 'deposit';
      circleMarker([d.location!.lat, d.location!.lon], {
        renderer,
        radius: 5,
        color: GROUP_COLOURS[d.group],
        weight: 1.5,
        fillColor: exact ? GROUP_COLOURS[d.group] : '#ffffff',
        fillOpacity: 0.9,
      })
        .on('click', () => select.current({ kind: 'deposit', id: d.id }))
        .addTo(group);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map]);
  const d = selected ? located.find((x) => x.id === selected) : undefined;
  return d ? <DepositMarker deposit={d} selected onSelect={onSelect} /> : null;
}
