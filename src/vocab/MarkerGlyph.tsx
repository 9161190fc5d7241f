import { createElement } from 'react';
import type { Deposit } from '../data/schema';
import { MARKER_SIZE, markerShape } from './marker';

type GlyphProps = { group: Deposit['group']; stage: Deposit['status']['stage']; exact: boolean };

/** The same shape the map draws, for the legend and the panel. */
export function MarkerGlyph({ group, stage, exact }: GlyphProps) {
  const { tag, attrs } = markerShape(group, stage, exact);
  const props = Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]),
  );
  return (
    <svg
      width={MARKER_SIZE}
      height={MARKER_SIZE}
      viewBox="0 0 22 22"
      aria-hidden="true"
      focusable="false"
      className="glyph"
    >
      {createElement(tag, props)}
    </svg>
  );
}
