import type { GeoJSON as GeoJSONLayer, Layer, LeafletEventHandlerFnMap, Path } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import { areas } from '../data/dataset';
import type { Area } from '../data/schema';
import type { AreaId } from '../geo/area-ids';
import { useI18n } from '../i18n/I18n';
import { areaName } from '../i18n/localize';
import { registerFeature } from '../state/feature-focus';
import type { Selection } from '../state/url';
import { areaAccessibleName } from '../vocab/describe';
import { makePathFocusable } from './a11y';
import { useStepAfterPaints } from './SteppedMap';
import { areaStyle } from './styles';

type AreaLayerProps = {
  selected: AreaId | null;
  highlighted: readonly AreaId[] | null;
  onSelect: (s: Selection) => void;
};

/** Shapes drawn in each step after a paint: all six at once took one long task on a phone. */
const PER_STEP = 2;

/** The six shapes; while a statement is open, the areas it concerns stand out and the others fade. */
export function AreaLayer({ selected, highlighted, onSelect }: AreaLayerProps) {
  // In the areas' order, so that they lie over each other as drawn all at once.
  const shown = PER_STEP * (1 + useStepAfterPaints(Math.ceil(areas.length / PER_STEP) - 1));
  return (
    <>
      {areas.slice(0, shown).map((area) => {
        const state = area.id === selected || highlighted?.includes(area.id) ? 'on' : highlighted ? 'dim' : 'normal';
        return <AreaShape key={area.id} area={area} state={state} onSelect={onSelect} />;
      })}
    </>
  );
}

type AreaShapeProps = { area: Area; state: 'on' | 'dim' | 'normal'; onSelect: (s: Selection) => void };

function AreaShape({ area, state, onSelect }: AreaShapeProps) {
  const i18n = useI18n();
  const style = useMemo(() => areaStyle(area, state), [area, state]);
  // Leaflet binds these once, when the shape is created: read the latest callback through a ref.
  const select = useRef(() => onSelect({ kind: 'area', id: area.id }));
  select.current = () => onSelect({ kind: 'area', id: area.id });
  const handlers = useMemo<LeafletEventHandlerFnMap>(() => ({ click: () => select.current() }), []);
  // The shape is created once per language, so that its accessible name is in the reader's language.
  const name = areaAccessibleName(i18n, area, areaName(i18n, area));
  const onEachFeature = useMemo(
    () => (_: unknown, layer: Layer) =>
      layer.on('add', () => {
        const el = makePathFocusable(layer, name, () => select.current());
        if (el) layer.once('remove', registerFeature({ kind: 'area', id: area.id }, el));
      }),
    [area, name],
  );
  // Leaflet applies a path's className only when it draws it: a later state (a statement or an event
  // chosen in place) is written onto the drawn element here.
  const layerRef = useRef<GeoJSONLayer>(null);
  useEffect(
    function markState() {
      layerRef.current?.eachLayer((l) => {
        const el = (l as Path).getElement?.();
        if (!el) return;
        el.classList.remove('area--on', 'area--dim', 'area--normal');
        el.classList.add(`area--${state}`);
      });
    },
    [state],
  );
  return (
    <GeoJSON
      key={i18n.lang}
      ref={layerRef}
      data={area}
      style={style}
      eventHandlers={handlers}
      onEachFeature={onEachFeature}
    />
  );
}
