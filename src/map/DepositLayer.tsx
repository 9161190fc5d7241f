import { canvas, circleMarker, layerGroup, type LeafletEventHandlerFnMap, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Circle, Marker, Tooltip, useMap } from 'react-leaflet';
import { deposits } from '../data/dataset';
import type { DepositSummary } from '../data/schema';
import type { Selection } from '../state/selection';
import { depositIcon } from './icons';
import { GROUP_COLOURS, GROUP_LABELS, STAGE_LABELS } from './styles';

type DepositLayerProps = { selected: string | null; onSelect: (s: Selection) => void };

const located = deposits.filter((d) => d.location !== null);

/**
 * Above this many points, markers are drawn on one canvas instead of one element each: the map
 * stays usable with thousands of points, at the cost of keyboard focus on each of them (the panel's
 * lists still reach every deposit).
 */
export const CANVAS_THRESHOLD = 300;

export function DepositLayer({ selected, onSelect }: DepositLayerProps) {
  if (located.length > CANVAS_THRESHOLD) return <CanvasDeposits selected={selected} onSelect={onSelect} />;
  return (
    <>
      {located.map((d) => (
        <DepositMarker key={d.id} deposit={d} selected={d.id === selected} onSelect={onSelect} />
      ))}
    </>
  );
}

/** "Tomtor: rare earths, developing; approximate location (±6 km)". */
export function depositAccessibleName(d: DepositSummary) {
  const loc = d.location;
  const where = !loc ? 'location not published' : loc.basis === 'deposit' ? `±${loc.precisionKm} km` : `approximate location, ${loc.basis}, ±${loc.precisionKm} km`;
  return `${d.name}: ${GROUP_LABELS[d.group].toLowerCase()}, ${STAGE_LABELS[d.status.stage].toLowerCase()}; ${where}`;
}

type DepositMarkerProps = { deposit: DepositSummary; selected: boolean; onSelect: (s: Selection) => void };

function DepositMarker({ deposit, selected, onSelect }: DepositMarkerProps) {
  const loc = deposit.location!;
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onSelect({ kind: 'deposit', id: deposit.id }),
      add: (e) => {
        const el = (e.target as LeafletMarker).getElement();
        el?.setAttribute('aria-label', depositAccessibleName(deposit));
        el?.setAttribute('data-deposit', deposit.id);
      },
    }),
    [deposit, onSelect],
  );
  const icon = useMemo(() => depositIcon(deposit, selected), [deposit, selected]);
  return (
    <>
      {selected && (
        <Circle
          center={[loc.lat, loc.lon]}
          radius={loc.precisionKm * 1000}
          pathOptions={{ color: GROUP_COLOURS[deposit.group], weight: 1.5, dashArray: '4 4', fillOpacity: 0.08, interactive: false }}
        />
      )}
      <Marker
        position={[loc.lat, loc.lon]}
        icon={icon}
        eventHandlers={handlers}
        title={deposit.name}
        zIndexOffset={selected ? 1000 : 0}
        riseOnHover
      >
        <Tooltip direction="top" offset={[0, -10]}>
          {deposit.name}
          {loc.basis === 'deposit' ? ` (±${loc.precisionKm} km)` : ` (approximate: ${loc.basis}, ±${loc.precisionKm} km)`}
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
