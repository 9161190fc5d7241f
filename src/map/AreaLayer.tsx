import type { Layer, LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo, useRef } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import { areas, depositsIn, statementsFor } from '../data/dataset';
import type { Area } from '../data/schema';
import type { AreaId } from '../geo/area-ids';
import { plural } from '../panel/format';
import type { Selection } from '../state/selection';
import { makePathFocusable } from './a11y';
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

/** "Sakha Republic (Yakutia), 2 deposits, 3 statements": what a screen reader says for the shape. */
export function areaAccessibleName(area: Area) {
  const deposits = depositsIn(area.id).length;
  const statements = statementsFor(area.id).length;
  return `${area.properties.name}, ${plural(deposits, 'deposit')}, ${plural(statements, 'statement')}`;
}

type AreaShapeProps = { area: Area; selected: boolean; onSelect: (s: Selection) => void };

function AreaShape({ area, selected, onSelect }: AreaShapeProps) {
  const style = useMemo(() => areaStyle(area, selected), [area, selected]);
  // Leaflet binds these once, when the shape is created: read the latest callback through a ref.
  const select = useRef(() => onSelect({ kind: 'area', id: area.id }));
  select.current = () => onSelect({ kind: 'area', id: area.id });
  const handlers = useMemo<LeafletEventHandlerFnMap>(() => ({ click: () => select.current() }), []);
  const onEachFeature = useMemo(
    () => (_: unknown, layer: Layer) =>
      layer.on('add', () => makePathFocusable(layer, areaAccessibleName(area), () => select.current())),
    [area],
  );
  const icon = useMemo(() => areaLabelIcon(area.id, selected), [area.id, selected]);
  return (
    <>
      <GeoJSON data={area} style={style} eventHandlers={handlers} onEachFeature={onEachFeature} />
      <Marker position={labelAnchor(area)} icon={icon} eventHandlers={handlers} keyboard={false} zIndexOffset={-1000} />
    </>
  );
}
