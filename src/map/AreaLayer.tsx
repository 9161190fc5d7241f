import type { LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import { areas } from '../data/dataset';
import type { Area } from '../data/schema';
import type { AreaId } from '../geo/area-ids';
import type { Selection } from '../state/selection';
import { areaLabelIcon } from './icons';
import { areaStyle, labelAnchor } from './styles';

type AreaLayerProps = { selected: AreaId | null; onSelect: (s: Selection) => void };

export function AreaLayer({ selected, onSelect }: AreaLayerProps) {
  return (
    <>
      {areas.map((area) => (
        <AreaShape key={area.id} area={area} selected={area.id === selected} onSelect={onSelect} />
      ))}
    </>
  );
}

type AreaShapeProps = { area: Area; selected: boolean; onSelect: (s: Selection) => void };

function AreaShape({ area, selected, onSelect }: AreaShapeProps) {
  const style = useMemo(() => areaStyle(area, selected), [area, selected]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({ click: () => onSelect({ kind: 'area', id: area.id }) }),
    [area.id, onSelect],
  );
  const icon = useMemo(() => areaLabelIcon(area.id, selected), [area.id, selected]);
  return (
    <>
      <GeoJSON data={area} style={style} eventHandlers={handlers} />
      <Marker
        position={labelAnchor(area)}
        icon={icon}
        eventHandlers={handlers}
        keyboard={false}
        zIndexOffset={-1000}
      />
    </>
  );
}
