/** How a deposit is drawn: the same shape on the map, in the legend and in the panel. */
import type { Deposit } from '../data/schema';

export const GROUP_COLOURS: Record<Deposit['group'], string> = {
  'rare-earths': '#6a3d9a',
  'rare-metals': '#1b6fa8',
  lithium: '#c2500a',
};

/** CSS pixels: at least 24, the WCAG 2.2 minimum target size. */
export const MARKER_SIZE = 24;

export type MarkerShape = { tag: 'circle' | 'rect' | 'path'; attrs: Record<string, string> };

/**
 * A marker's look: one encoding, colour = what the deposit holds; hollow and dashed = not the
 * deposit's own coordinate. Status is told in the tooltip and the panel, not by the shape.
 */
export function markerShape(group: Deposit['group'], _stage: Deposit['status']['stage'], exact: boolean): MarkerShape {
  const c = GROUP_COLOURS[group];
  const paint: Record<string, string> = {
    fill: exact ? c : '#ffffff',
    stroke: exact ? '#ffffff' : c,
    'stroke-width': exact ? '1.5' : '2.5',
  };
  if (!exact) paint['stroke-dasharray'] = '3 2';
  return { tag: 'circle', attrs: { cx: '11', cy: '11', r: exact ? '7' : '6.5', ...paint } };
}
