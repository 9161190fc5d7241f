import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { Selection } from '../state/url';
import { useAddress, useOnSelect } from '../state/useUrl';
import { afterNextPaint } from '../ui/after-paint';
import { depositContext, pointsFor, viewFor, type Padding } from './fit';

function prefersReducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Room for the area labels and markers that sit beside their shapes, and for the zoom buttons. */
export function paddingFor(width: number): Padding {
  const small = width < 500;
  return small ? { top: 22, right: 14, bottom: 22, left: 14 } : { top: 34, right: 40, bottom: 34, left: 56 };
}

/**
 * The printed map in CSS pixels: 140 mm wide, what an A4 or Letter page leaves beside the legend,
 * and as tall as its 105 mm frame (styles.css) within the frame's border.
 */
const PRINT_SIZE = { x: 529, y: 395 };

/**
 * How close a deposit's view comes at most: near enough to see its precision circle. It comes only
 * as close as still shows its area's outline and a named town beside it (depositContext).
 */
const DEPOSIT_ZOOM = 6.5;

/** The locator inset's height on screen (styles.css: 130 px wide) and its margin. */
const INSET_ROOM = 80;

/** Moves the map to the selection's places; for a deposit, to the deposit in its surroundings. */
export function fitSelection(map: ReturnType<typeof useMap>, selection: Selection, animate: boolean) {
  const options = { animate, duration: 0.6 };
  const padding = paddingFor(map.getSize().x);
  let points = pointsFor(selection);
  let maxZoom = selection.kind === 'area' || selection.kind === 'statement' ? 7 : 6;
  if (selection.kind === 'deposit') {
    points = depositContext(selection.id)?.points ?? points;
    maxZoom = DEPOSIT_ZOOM;
  }
  // Zoomed in, the locator inset takes the bottom right corner: what the view must show stays clear of it.
  const insetRoom = selection.kind === 'deposit' ? { ...padding, bottom: padding.bottom + INSET_ROOM } : padding;
  const view = viewFor(map, points, insetRoom, maxZoom);
  if (!view) return;
  if (animate) map.flyTo(view.center, view.zoom, options);
  else map.setView(view.center, view.zoom, { animate: false });
}

/**
 * Moves the map to what is selected: on the first render without animation (unless a link set its
 * own view with `keepInitialView`), and again when the map changes size while nobody has moved it.
 */
export function FitSelection({ keepInitialView }: { keepInitialView: boolean }) {
  const map = useMap();
  const moved = useRef(false);
  const latest = useRef<Selection>({ kind: 'overview' });
  const flight = useRef<(() => void) | null>(null);
  const { url } = useAddress();
  latest.current = url.selection;
  useOnSelect((selection, initial) => {
    if (initial && keepInitialView) {
      moved.current = true;
      return;
    }
    moved.current = false;
    flight.current?.();
    flight.current = null;
    const animate = !initial && !prefersReducedMotion();
    // A reader's selection: the panel's new text is painted first, and the map flies after that
    // paint, in a task of its own, so that the text never waits for the flight's first frame.
    if (animate) flight.current = afterNextPaint(() => fitSelection(map, selection, true));
    else fitSelection(map, selection, false);
  });
  useEffect(() => () => flight.current?.(), []);
  useEffect(() => {
    const el = map.getContainer();
    // A drag, a wheel, a key or a button press by the reader: a later resize keeps their view.
    const onMove = () => (moved.current = true);
    const onResize = () => {
      if (!moved.current) fitSelection(map, latest.current, false);
    };
    const events = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const e of events) el.addEventListener(e, onMove, { passive: true });
    map.on('resize', onResize);
    // The container changes size without the window doing so (the panel closes, the page prints).
    const observer =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => map.invalidateSize({ animate: false })) : null;
    observer?.observe(el);
    // The browser lays the page out for paper only after this event: give the map its printed size
    // (styles.css: 105 mm tall, beside a 42 mm legend) now, fit it, and give the screen back after.
    // The names, groups and markers follow the move in React: flushSync renders them before the
    // browser takes its picture of the page, not after.
    const beforePrint = () => {
      el.style.width = `${PRINT_SIZE.x}px`;
      el.style.height = `${PRINT_SIZE.y}px`;
      flushSync(() => {
        map.invalidateSize({ animate: false });
        fitSelection(map, latest.current, false);
      });
    };
    const afterPrint = () => {
      el.style.width = '';
      el.style.height = '';
      map.invalidateSize({ animate: false });
      if (!moved.current) fitSelection(map, latest.current, false);
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      for (const e of events) el.removeEventListener(e, onMove);
      map.off('resize', onResize);
      observer?.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [map]);
  return null;
}
