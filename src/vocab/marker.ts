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

/** A marker's look: colour = what the deposit holds, shape = its status, hollow and dashed = not the deposit's own coordinate. */
export function markerShape(group: Deposit['group'], stage: Deposit['status']['stage'], exact: boolean): MarkerShape {
  const c = GROUP_COLOURS[group];
  const paint: Record<string, string> = {
    fill: exact ? c : '#ffffff',
    stroke: exact ? '#ffffff' : c,
    'stroke-width': exact ? '1.5' : '2.5',
  };
  if (!exact) paint['stroke-dasharray'] = '3 2';
  if (stage === 'producing') return { tag: 'circle', attrs: { cx: '11', cy: '11', r: '8', ...paint } };
  if (stage === 'developing') return { tag: 'rect', attrs: { x: '3.5', y: '3.5', width: '15', height: '15', ...paint } };
  return { tag: 'path', attrs: { d: 'M11 2.5 L20 19 H2 Z', ...paint } };
}
