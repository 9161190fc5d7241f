import type { LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo } from 'react';
import { Circle, Marker, Tooltip } from 'react-leaflet';
import { deposits } from '../data/dataset';
import type { DepositSummary } from '../data/schema';
import type { Selection } from '../state/selection';
import { depositIcon } from './icons';
import { GROUP_COLOURS } from './styles';

type DepositLayerProps = { selected: string | null; onSelect: (s: Selection) => void };

const located = deposits.filter((d) => d.location !== null);

export function DepositLayer({ selected, onSelect }: DepositLayerProps) {
  return (
    <>
      {located.map((d) => (
        <DepositMarker key={d.id} deposit={d} selected={d.id === selected} onSelect={onSelect} />
      ))}
    </>
  );
}

type DepositMarkerProps = { deposit: DepositSummary; selected: boolean; onSelect: (s: Selection) => void };

function DepositMarker({ deposit, selected, onSelect }: DepositMarkerProps) {
  const loc = deposit.location!;
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({ click: () => onSelect({ kind: 'deposit', id: deposit.id }) }),
    [deposit.id, onSelect],
  );
  const icon = useMemo(() => depositIcon(deposit, selected), [deposit, selected]);
  const proxy = loc.basis !== 'deposit';
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
        alt={deposit.name}
        zIndexOffset={selected ? 1000 : 0}
        riseOnHover
      >
        <Tooltip direction="top" offset={[0, -10]}>
          {deposit.name}
          {proxy ? ` (approximate: ${loc.basis}, ±${loc.precisionKm} km)` : ` (±${loc.precisionKm} km)`}
        </Tooltip>
      </Marker>
    </>
  );
}
