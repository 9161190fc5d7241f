import { DomEvent, type Map as LeafletMap } from 'leaflet';
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Position } from 'geojson';
import { areas } from '../data/dataset';
import type { AreaId } from '../geo/area-ids';
import type { Selection } from '../state/url';
import { markerBoxes } from './DepositLayer';
// Towns next to the deposits show from DETAIL_ZOOM; the capitals and countries at every zoom.
import { depositContext, DETAIL_ZOOM } from './fit';
import context from '../../data/context.json';
import { finish, overlaps, placingLabels, type Placement, type Rect } from './labels';
import { useI18n } from '../i18n/I18n';
import { afterNextPaint, inSlices } from '../ui/after-paint';
import { project } from '../geo/lcc';
import { TRANSFORM } from './crs';
import { settled } from './SteppedMap';
import { getWaterNames, subscribeWaterNames, type WaterId } from './water-names';

/** The hardest areas first: the small ones get the free room near them. */
const ORDER: AreaId[] = ['kabardino-balkaria', 'occupied-ukraine', 'murmansk', 'tuva', 'irkutsk', 'sakha'];
const MARGIN = 4;
const PAD_X = 6;
const LINE_HEIGHT = 24;

let measurer: CanvasRenderingContext2D | null = null;
let measuredFont = '';
/** Widths already measured, by font and text: the same names are placed again after every move. */
const widths = new Map<string, number>();
function textWidth(text: string, font: string) {
  const key = `${font}\n${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 8;
  // Setting a canvas's font parses it: only when it changes.
  if (measuredFont !== font) measurer.font = measuredFont = font;
  const width = Math.ceil(measurer.measureText(text).width);
  widths.set(key, width);
  return width;
}

function controlBoxes(map: LeafletMap): Rect[] {
  const origin = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll('.leaflet-control')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  });
}

/** Each area's rings on the conic plane (metres), projected once: the plane does not change with the zoom. */
const projected = new Map<AreaId, [number, number][][]>();
function projectedRings(id: AreaId) {
  let rings = projected.get(id);
  if (!rings) {
    const area = areas.find((a) => a.id === id)!;
    rings = (area.geometry.coordinates as Position[][][]).flatMap((polygon) =>
      polygon.map((ring) => ring.map(([lon, lat]) => project(lat!, lon!))),
    );
    projected.set(id, rings);
  }
  return rings;
}

/**
 * From the conic plane to the map's container, as Leaflet's latLngToContainerPoint goes (scaled to
 * the zoom, rounded to the pixel, then shifted by the pixel origin and the pane's offset), without
 * projecting each latitude and longitude again after every move.
 */
function containerPoints(map: LeafletMap) {
  const scale = map.options.crs!.scale(map.getZoom());
  const [a, b, c, d] = TRANSFORM;
  const origin = map.getPixelOrigin();
  const pane = map.layerPointToContainerPoint([0, 0]);
  return ([x, y]: [number, number]) => ({
    x: Math.round(scale * (a * x + b)) - origin.x + pane.x,
    y: Math.round(scale * (c * y + d)) - origin.y + pane.y,
  });
}

/** `name` is the English name (its key); `text` the name shown, `lang` set where it is English on another language's map. */
export type ContextLabel = {
  name: string;
  text: string;
  lang?: 'en';
  box: Rect;
  kind: 'city' | 'country' | 'water';
  dot: { x: number; y: number } | null;
};

type Places = Record<string, string> | null;

/** A river's or lake's name in the reader's language, and where it goes. */
type PlacedName = { name: string; text: string; lat: number; lon: number };

/** A place's name in the reader's language; English (marked so) where the sources name it in no other. */
function local(places: Places, name: string): Pick<ContextLabel, 'text' | 'lang'> {
  const text = places?.[name];
  return places && !text ? { text: name, lang: 'en' } : { text: text ?? name };
}

/**
 * City and country names (cities first: a capital matters more than a country's name), after the areas' names and wherever they do not touch them, a marker, a
 * control or each other: context gives way to content. A city's name sits right of its dot, or left.
 */
function placeContext(
  map: LeafletMap,
  taken: Rect[],
  view: Rect,
  font: string,
  places: Places,
  water: PlacedName[],
  town: string | null,
): ContextLabel[] {
  const out: ContextLabel[] = [];
  const free = (b: Rect) =>
    b.x >= view.x &&
    b.y >= view.y &&
    b.x + b.w <= view.x + view.w &&
    b.y + b.h <= view.y + view.h &&
    !taken.some((t) => overlaps(b, t, 1));
  const zoom = map.getZoom();
  // The town that places the selected deposit is named first, at any zoom, even where its dot lies
  // under a marker.
  const cities = [...context.cities].sort((a, b) => +(b[0] === town) - +(a[0] === town));
  for (const [name, lat, lon, tier] of cities) {
    const own = name === town;
    if (tier === 2 && zoom < DETAIL_ZOOM && !own) continue;
    const p = map.latLngToContainerPoint([lat as number, lon as number]);
    const said = local(places, String(name));
    const w = textWidth(said.text, font);
    const dot = { x: p.x - 3, y: p.y - 3, w: 6, h: 6 };
    const right = { x: p.x + 5, y: p.y - 8, w, h: 16 };
    const left = { x: p.x - 5 - w, y: p.y - 8, w, h: 16 };
    const above = { x: p.x - w / 2, y: p.y - 20, w, h: 16 };
    const below = { x: p.x - w / 2, y: p.y + 4, w, h: 16 };
    // The deposit's town may sit a little further from its dot, past a marker beside it.
    const further = own
      ? [12, 24].flatMap((d) => [
          { ...right, x: right.x + d },
          { ...left, x: left.x - d },
          { ...above, y: above.y - d },
          { ...below, y: below.y + d },
        ])
      : [];
    const box = free(dot) || own ? [right, left, above, below, ...further].find(free) : undefined;
    if (box) {
      taken.push(box, dot);
      out.push({ name: String(name), ...said, box, kind: 'city', dot: p });
    }
  }
  // A river's name on its course (or just beside it), a lake's in it: after the cities, before the countries.
  for (const { name, text, lat, lon } of water) {
    const p = map.latLngToContainerPoint([lat, lon]);
    const w = textWidth(text, `italic ${font}`);
    const box = [0, -12, 12].map((dy) => ({ x: p.x - w / 2, y: p.y - 8 + dy, w, h: 16 })).find(free);
    if (box) {
      taken.push(box);
      out.push({ name, text, box, kind: 'water', dot: null });
    }
  }
  for (const [name, lat, lon] of context.countries) {
    const p = map.latLngToContainerPoint([lat as number, lon as number]);
    const said = local(places, String(name));
    const w = textWidth(said.text.toUpperCase(), font) * 1.1;
    const box = { x: p.x - w / 2, y: p.y - 8, w, h: 16 };
    if (free(box)) {
      taken.push(box);
      out.push({ name: String(name), ...said, box, kind: 'country', dot: null });
    }
  }
  return out;
}

/** Below this width (a small embed, a narrow phone map), an area whose name has a short form uses it. */
const NARROW_MAP = 480;

function layout(
  map: LeafletMap,
  selectedDeposit: string | null,
  names: Record<AreaId, string>,
  narrowNames: Partial<Record<AreaId, string>>,
  places: Places,
) {
  const size = map.getSize();
  const texts = Object.fromEntries(
    ORDER.map((id) => [id, (size.x < NARROW_MAP && narrowNames[id]) || names[id]]),
  ) as Record<AreaId, string>;
  const family = getComputedStyle(map.getContainer()).fontFamily;
  const font = `700 13px ${family}`;
  const toContainer = containerPoints(map);
  const inputs = ORDER.map((id) => ({
    id,
    rings: projectedRings(id).map((ring) => ring.map(toContainer)),
    width: textWidth(texts[id], font) + 2 * PAD_X,
    height: LINE_HEIGHT,
  }));
  const view = { x: MARGIN, y: MARGIN, w: size.x - 2 * MARGIN, h: size.y - 2 * MARGIN };
  const obstacles = [...markerBoxes(map, selectedDeposit), ...controlBoxes(map)];
  const small = `400 11px ${family}`;
  const town = selectedDeposit ? (depositContext(selectedDeposit)?.town ?? null) : null;
  /** Places the areas' names, in steps; then, given the rivers' names, the context's. */
  const placing = function* (): Generator<void, Placed> {
    const areaLabels = yield* placingLabels(inputs, obstacles, view);
    // The areas' shapes (where no name sits) stay clear of context too, so their outline reads.
    const taken = [...obstacles, ...areaLabels.map((p) => p.box)];
    return {
      areaLabels,
      texts,
      context: (water) => placeContext(map, [...taken], view, small, places, water, town),
    };
  };
  return { placing, place: () => finish(placing()) };
}

type Placed = {
  areaLabels: Placement[];
  texts: Record<AreaId, string>;
  context: (water: PlacedName[]) => ContextLabel[];
};

/** The rivers' and lakes' names, once the basemap has brought where they go. */
const waterLabels = (words: Record<WaterId, string>): PlacedName[] =>
  getWaterNames().map((w) => ({ ...w, name: w.id, text: words[w.id] }));

type AreaLabelsProps = {
  selected: AreaId | null;
  selectedDeposit: string | null;
  highlighted: readonly AreaId[] | null;
  onSelect: (s: Selection) => void;
};

/**
 * The areas' names, placed by ./labels after every move: each is a click target for its area, with
 * a leader line where the name sits beside a small shape. Hidden while a zoom animates.
 */
export function AreaLabels({ selected, selectedDeposit, highlighted, onSelect }: AreaLabelsProps) {
  const map = useMap();
  const [pane] = useState(() => {
    const el = map.getPane('area-labels') ?? map.createPane('area-labels');
    DomEvent.disableClickPropagation(el);
    return el;
  });
  // The leader lines go under the markers, the names above them.
  const [leaderPane] = useState(() => map.getPane('area-leaders') ?? map.createPane('area-leaders'));
  const [placed, setPlaced] = useState<{
    areaLabels: Placement[];
    texts: Record<AreaId, string>;
    context: ContextLabel[];
  } | null>(null);
  const { t, places } = useI18n();
  const names = t.areaShort;
  const narrowNames = t.areaNarrow;
  const deposit = useRef(selectedDeposit);
  deposit.current = selectedDeposit;
  const waterNames = t.map.water;
  const water = useRef<PlacedName[]>([]);
  water.current = waterLabels(waterNames);
  // The last placement's context names, to name the rivers when they arrive without placing all again.
  const last = useRef<Placed | null>(null);
  // The first draw goes in steps, each in tasks of its own: measuring (after a paint), placing the
  // areas' names (in slices of a few milliseconds; drawn as a transition, which React renders in
  // slices too), then, after a paint, the towns, rivers and countries. After that, a move places all at once.
  const pending = useRef<(() => void) | null>(null);
  const drawn = useRef(false);
  const update = useCallback(() => {
    pending.current?.();
    pending.current = null;
    const prepare = () => layout(map, deposit.current, names, narrowNames, places);
    if (drawn.current) {
      const done = (last.current = prepare().place());
      setPlaced({ ...done, context: done.context(water.current) });
      // A move during the first draw cancels its steps: placed at once now, the first view is drawn.
      return settled(map, true);
    }
    drawn.current = true;
    let cancel = afterNextPaint(() => {
      const prepared = prepare();
      cancel = inSlices(prepared.placing(), (done) => {
        last.current = done;
        startTransition(() => setPlaced({ ...done, context: [] }));
        cancel = afterNextPaint(() => {
          pending.current = null;
          const context = done.context(water.current);
          startTransition(() => setPlaced({ ...done, context }));
          settled(map, true);
        });
      });
    });
    pending.current = () => cancel();
  }, [map, names, narrowNames, places]);
  useEffect(
    () =>
      // The rivers' and lakes' names arrive with the basemap: only the context names are placed again.
      subscribeWaterNames(() => {
        water.current = waterLabels(waterNames);
        if (!last.current || pending.current) return;
        const context = last.current.context(water.current);
        startTransition(() => setPlaced((p) => p && { ...p, context }));
      }),
    [waterNames],
  );
  useEffect(() => () => pending.current?.(), []);
  useMapEvents({
    zoomstart: () => {
      pending.current?.();
      setPlaced(null);
    },
    moveend: update,
    zoomend: update,
    resize: update,
  });
  useLayoutEffect(update, [update, selectedDeposit]);
  useEffect(() => {
    // Fonts still loading after the first layout can change the names' widths: place them again then.
    if (document.fonts?.status !== 'loading') return;
    let live = true;
    document.fonts.ready
      .then(() => {
        if (!live) return;
        widths.clear();
        update();
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [update]);
  if (!placed) return null;
  const placements = placed.areaLabels;
  const toLayer = (x: number, y: number) => map.containerPointToLayerPoint([x, y]);
  return (
    <>
      {createPortal(
        <svg className="area-leaders" aria-hidden="true" focusable="false" width="1" height="1">
          {placements.map(({ id, box, anchor }) => {
            if (!anchor) return null;
            const a = toLayer(anchor.x, anchor.y);
            const end = toLayer(
              Math.min(Math.max(anchor.x, box.x), box.x + box.w),
              Math.min(Math.max(anchor.y, box.y), box.y + box.h),
            );
            return (
              <g key={id} className={`area-leader area-leader-${id}`}>
                <line x1={a.x} y1={a.y} x2={end.x} y2={end.y} />
                <circle cx={a.x} cy={a.y} r={3} />
              </g>
            );
          })}
          {placed.context.map((c) => {
            if (!c.dot) return null;
            const d = toLayer(c.dot.x, c.dot.y);
            return <circle key={c.name} className="city-dot" cx={d.x} cy={d.y} r={2.5} />;
          })}
        </svg>,
        leaderPane,
      )}
      {createPortal(
        placed.context.map((c) => {
          const p = toLayer(c.box.x, c.box.y);
          return (
            <div
              key={c.name}
              className={`context-label context-label--${c.kind}`}
              style={{ left: p.x, top: p.y, height: c.box.h }}
              aria-hidden="true"
              lang={c.lang}
            >
              {c.text}
            </div>
          );
        }),
        leaderPane,
      )}
      {createPortal(
        placements.map(({ id, box, anchor }) => {
          const p = toLayer(box.x, box.y);
          const state =
            id === selected || highlighted?.includes(id as AreaId)
              ? ' area-label--on'
              : highlighted
                ? ' area-label--dim'
                : '';
          return (
            <div
              key={id}
              className={`area-label area-label-${id}${anchor ? ' area-label--callout' : ''}${state}`}
              style={{ left: p.x, top: p.y, width: box.w, height: box.h }}
              data-area={id}
              aria-hidden="true"
              onClick={() => onSelect({ kind: 'area', id: id as AreaId })}
            >
              {placed.texts[id as AreaId]}
            </div>
          );
        }),
        pane,
      )}
    </>
  );
}
