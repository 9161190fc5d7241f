/**
 * Where each area's name goes, in screen pixels: inside the visible part of its shape where the
 * name fits there, otherwise beside it as a callout (a leader line to a dot on the shape). Names
 * never leave the map, and avoid the markers, the controls and each other. Every name is also the
 * area's click target, at least 24 px high (WCAG 2.2 target size).
 */
export type Rect = { x: number; y: number; w: number; h: number };
export type Pt = { x: number; y: number };

export type LabelInput = {
  id: string;
  /** The shape's rings in screen pixels (outer rings and holes, even-odd). */
  rings: Pt[][];
  width: number;
  height: number;
};

export type Placement = { id: string; box: Rect; anchor: Pt | null };

export const TARGET = 24;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function inside(box: Rect, view: Rect): boolean {
  return box.x >= view.x && box.y >= view.y && box.x + box.w <= view.x + view.w && box.y + box.h <= view.y + view.h;
}

export function pointInRings(p: Pt, rings: Pt[][]): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) odd = !odd;
    }
  return odd;
}

function boundsOf(rings: Pt[][]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const p of r) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * Points of a grid over the shape's visible part that lie inside it, at most ~40 × 40. Row by row:
 * where each edge crosses the row is worked out once, and a point is inside where an odd number of
 * crossings lie right of it (the same test as pointInRings, for a whole row at a time).
 */
export function insidePoints(rings: Pt[][], view: Rect, minStep = 3): Pt[] {
  const b = boundsOf(rings);
  const x0 = Math.max(b.x, view.x);
  const y0 = Math.max(b.y, view.y);
  const x1 = Math.min(b.x + b.w, view.x + view.w);
  const y1 = Math.min(b.y + b.h, view.y + view.h);
  if (x1 <= x0 || y1 <= y0) return [];
  const step = Math.max(minStep, Math.max(x1 - x0, y1 - y0) / 40);
  const columns: number[] = [];
  for (let x = x0 + step / 2; x < x1; x += step) columns.push(x);
  const rows: number[] = [];
  for (let y = y0 + step / 2; y < y1; y += step) rows.push(y);
  const inside = rows.map((y) => {
    const crossings: number[] = [];
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i]!;
        const c = ring[j]!;
        if (a.y > y !== c.y > y) crossings.push(((c.x - a.x) * (y - a.y)) / (c.y - a.y) + a.x);
      }
    crossings.sort((m, n) => m - n);
    // k: how many crossings lie at or left of x; a point is inside where an odd number lie right of it.
    let k = 0;
    return columns.map((x) => {
      while (k < crossings.length && crossings[k]! <= x) k++;
      return (crossings.length - k) % 2 === 1;
    });
  });
  // Column by column, as the grid has always been walked: the order decides between equally near boxes.
  const out: Pt[] = [];
  columns.forEach((x, i) => rows.forEach((y, j) => inside[j]![i] && out.push({ x, y })));
  return out;
}

function centroid(points: Pt[]): Pt {
  const n = points.length;
  return { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
}

const DIRECTIONS: Pt[] = [
  { x: 0, y: -1 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 1, y: 0 },
  { x: -1, y: -1 },
  { x: 1, y: -1 },
  { x: -1, y: 1 },
  { x: 1, y: 1 },
];
const DISTANCES = [14, 30, 50, 75, 105];

/** A box of the label's size placed `distance` px from `p` in direction `d`. */
function boxBeside(p: Pt, d: Pt, distance: number, w: number, h: number): Rect {
  const cx = p.x + d.x * (distance + w / 2);
  const cy = p.y + d.y * (distance + h / 2);
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

function clampInto(box: Rect, view: Rect): Rect {
  return {
    ...box,
    x: Math.min(Math.max(box.x, view.x), view.x + view.w - box.w),
    y: Math.min(Math.max(box.y, view.y), view.y + view.h - box.h),
  };
}

/**
 * Places the labels in order (the caller puts the smallest, hardest areas first). `view` is the
 * map's box less a margin; `obstacles` are the markers and controls. Areas out of view are left out.
 * Where a name finds no free place at all (a small frame), the names are placed again with that
 * one first, a few times, and the placing with the fewest such names is kept.
 */
export function placeLabels(labels: LabelInput[], obstacles: Rect[], view: Rect): Placement[] {
  return finish(placingLabels(labels, obstacles, view));
}

/**
 * placeLabels in steps: the generator yields after each name, so that a caller can spread the work
 * over several tasks (see ../ui/after-paint's inSlices), and returns the placements.
 */
export function* placingLabels(labels: LabelInput[], obstacles: Rect[], view: Rect): Generator<void, Placement[]> {
  const inputs: (LabelInput & { points: Pt[] })[] = [];
  for (const l of labels) {
    inputs.push({ ...l, points: insidePoints(l.rings, view) });
    yield;
  }
  let best = yield* placeInOrder(inputs, obstacles, view);
  let order = inputs;
  for (let tries = 1; tries < labels.length && best.forced.length; tries++) {
    const first = order.find((l) => l.id === best.forced[0])!;
    if (order[0] === first) break;
    order = [first, ...order.filter((l) => l !== first)];
    const next = yield* placeInOrder(order, obstacles, view);
    if (next.forced.length < best.forced.length) best = next;
  }
  return best.placements;
}

/** Runs a generator of steps to its end at once and returns its result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One greedy pass; `forced` names the labels that found no free place and overlap something. */
function* placeInOrder(
  labels: (LabelInput & { points: Pt[] })[],
  obstacles: Rect[],
  view: Rect,
): Generator<void, { placements: Placement[]; forced: string[] }> {
  const taken: Rect[] = [...obstacles];
  const free = (box: Rect) => inside(box, view) && !taken.some((t) => overlaps(box, t, 2));
  const placements: Placement[] = [];
  const forced: string[] = [];
  for (const l of labels) {
    const w = Math.max(l.width, TARGET);
    const h = Math.max(l.height, TARGET);
    const points = l.points;
    // An area wholly out of view gets no name: a callout would point at the map's edge.
    if (!points.length && !overlaps(boundsOf(l.rings), view)) continue;
    let placed: Placement | null = null;
    let nearestFirst: { box: Rect; d: number }[] = [];
    if (points.length) {
      // Inside: the free box wholly inside the shape closest to the visible part's centre. Nearest
      // first, so that only the boxes up to the first that fits are tested against the shape.
      const c = centroid(points);
      nearestFirst = points
        .map((p) => ({ box: { x: p.x - w / 2, y: p.y - h / 2, w, h }, d: dist(p, c) }))
        .sort((a, b) => a.d - b.d);
      const fit = nearestFirst.find(({ box }) => free(box) && corners(box).every((q) => pointInRings(q, l.rings)))?.box;
      if (fit) placed = { id: l.id, box: fit, anchor: null };
      // Or over the shape, past its edges, where the shape holds the name's middle half: a large
      // area in a small frame (Sakha at 300 px) keeps its name on it rather than at a line's end.
      const over = placed
        ? undefined
        : nearestFirst.find(
            ({ box }) =>
              free(box) &&
              [0.25, 0.5, 0.75].every((f) => pointInRings({ x: box.x + box.w * f, y: box.y + h / 2 }, l.rings)),
          )?.box;
      if (over) placed = { id: l.id, box: over, anchor: null };
    }
    if (!placed) {
      // A callout from the visible point of the shape nearest its middle.
      // A tiny shape (Kabardino-Balkaria at the overview) is anchored at its deepest point, so that the
      // line's end stays inside it as drawn (the drawn outline is simplified by a pixel or so).
      const anchor = tiny(l.rings)
        ? (deepest(insidePoints(l.rings, view, 1), l.rings) ?? centreOf(l.rings, view))
        : points.length
          ? nearest(points, centroid(points))
          : centreOf(l.rings, view);
      search: for (const distance of DISTANCES)
        for (const d of DIRECTIONS) {
          const box = boxBeside(anchor, d, distance, w, h);
          if (free(box)) {
            placed = { id: l.id, box, anchor };
            break search;
          }
        }
      // Nowhere free that near (a small frame): the free place nearest the anchor anywhere in the map,
      // with a longer line, before any overlap.
      if (!placed) {
        const box = nearestFree(anchor, w, h, view, free);
        if (box) placed = { id: l.id, box, anchor };
      }
      // Nowhere free at all: the nearest place inside the map, even if it touches something.
      if (!placed) {
        forced.push(l.id);
        placed = { id: l.id, box: clampInto(boxBeside(anchor, DIRECTIONS[0]!, DISTANCES[0]!, w, h), view), anchor };
      }
    }
    taken.push(placed.box);
    placements.push(placed);
    yield;
  }
  return { placements, forced };
}

/** The free box of w × h nearest `p` (by its nearest edge) on an 6 px grid over the whole view, or null. */
function nearestFree(p: Pt, w: number, h: number, view: Rect, free: (b: Rect) => boolean): Rect | null {
  const step = 6;
  const boxes: { box: Rect; d: number }[] = [];
  for (let y = view.y; y + h <= view.y + view.h; y += step)
    for (let x = view.x; x + w <= view.x + view.w; x += step) {
      const box = { x, y, w, h };
      const dx = Math.max(x - p.x, 0, p.x - (x + w));
      const dy = Math.max(y - p.y, 0, p.y - (y + h));
      boxes.push({ box, d: Math.hypot(dx, dy) });
    }
  boxes.sort((a, b) => a.d - b.d);
  return boxes.find(({ box }) => free(box))?.box ?? null;
}

function corners(b: Rect): Pt[] {
  return [
    { x: b.x, y: b.y },
    { x: b.x + b.w, y: b.y },
    { x: b.x, y: b.y + b.h },
    { x: b.x + b.w, y: b.y + b.h },
    { x: b.x + b.w / 2, y: b.y },
    { x: b.x + b.w / 2, y: b.y + b.h },
  ];
}

const dist = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);

function nearest(points: Pt[], to: Pt): Pt {
  return points.reduce((best, p) => (dist(p, to) < dist(best, to) ? p : best));
}

/** A shape this small on screen (px) is anchored at its deepest point. */
const TINY = 30;
const tiny = (rings: Pt[][]) => {
  const b = boundsOf(rings);
  return b.w < TINY && b.h < TINY;
};

/** Of `points` inside the shape, the one farthest from its outline (null where there are none). */
function deepest(all: Pt[], rings: Pt[][]): Pt | null {
  // At most ~60 candidates: each is measured against every edge.
  const every = Math.ceil(all.length / 60);
  const points = all.filter((_, i) => i % every === 0);
  let best: Pt | null = null;
  let bestDepth = -1;
  for (const p of points) {
    let depth = Infinity;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        depth = Math.min(depth, toSegment(p, ring[j]!, ring[i]!));
    if (depth > bestDepth) [best, bestDepth] = [p, depth];
  }
  return best;
}

function toSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx || dy ? Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** The middle of the shape's box, kept inside the view: for a shape too small to hold a grid point. */
function centreOf(rings: Pt[][], view: Rect): Pt {
  const b = boundsOf(rings);
  return {
    x: Math.min(Math.max(b.x + b.w / 2, view.x), view.x + view.w),
    y: Math.min(Math.max(b.y + b.h / 2, view.y), view.y + view.h),
  };
}
