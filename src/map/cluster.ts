/**
 * Groups points that would overlap on screen, so that no two targets on the map overlap (WCAG 2.2
 * target size). Deterministic: the same points at the same zoom give the same groups. Distances are
 * screen pixels at the current zoom; a group sits at the mean of its points.
 */
export type ScreenPoint<T> = { item: T; x: number; y: number };
export type Cluster<T> = { items: T[]; x: number; y: number };

type Sum<T> = { items: T[]; sx: number; sy: number };

const centre = <T>(c: Sum<T>) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length });

export function clusterPoints<T>(points: ScreenPoint<T>[], minDistance: number): Cluster<T>[] {
  const groups: Sum<T>[] = points.map((p) => ({ items: [p.item], sx: p.x, sy: p.y }));
  // Merge the closest pair until every pair is far enough apart.
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const a = centre(groups[i]!);
        const b = centre(groups[j]!);
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d < minDistance && (!best || d < best[2])) best = [i, j, d];
      }
    if (!best) break;
    const [i, j] = best;
    const a = groups[i]!;
    const b = groups[j]!;
    groups[i] = { items: [...a.items, ...b.items], sx: a.sx + b.sx, sy: a.sy + b.sy };
    groups.splice(j, 1);
  }
  return groups.map((g) => ({ items: g.items, ...centre(g) }));
}
