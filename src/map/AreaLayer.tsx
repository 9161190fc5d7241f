import type { Layer, LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo, useRef } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import { areas } from '../data/dataset';
import type { Area } from '../data/schema';
import type { AreaId } from '../geo/area-ids';
import { useI18n } from '../i18n/I18n';
import { registerFeature } from '../state/feature-focus';
import type { Selection } from '../state/url';
import { areaAccessibleName } from '../vocab/describe';
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

type AreaShapeProps = { area: Area; selected: boolean; onSelect: (s: Selection) => void };

function AreaShape({ area, selected, onSelect }: AreaShapeProps) {
  const i18n = useI18n();
  const style = useMemo(() => areaStyle(area, selected), [area, selected]);
  // Leaflet binds these once, when the shape is created: read the latest callback through a ref.
  const select = useRef(() => onSelect({ kind: 'area', id: area.id }));
  select.current = () => onSelect({ kind: 'area', id: area.id });
  const handlers = useMemo<LeafletEventHandlerFnMap>(() => ({ click: () => select.current() }), []);
  // The shape is created once per language, so that its accessible name is in the reader's language.
  const name = areaAccessibleName(i18n, area, area.properties.name);
  const onEachFeature = useMemo(
    () => (_: unknown, layer: Layer) =>
      layer.on('add', () => {
        const el = makePathFocusable(layer, name, () => select.current());
        if (el) layer.once('remove', registerFeature({ kind: 'area', id: area.id }, el));
      }),
    [area, name],
  );
  const icon = useMemo(() => areaLabelIcon(area.id, i18n.t.areaShort[area.id], selected), [area.id, i18n, selected]);
  return (
    <>
      <GeoJSON key={i18n.lang} data={area} style={style} eventHandlers={handlers} onEachFeature={onEachFeature} />
      <Marker position={labelAnchor(area)} icon={icon} eventHandlers={handlers} keyboard={false} zIndexOffset={-1000} />
    </>
  );
}
