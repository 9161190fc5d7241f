import { createElement } from 'react';
import { DEPOSIT_GROUPS, STAGES } from '../data/constants';
import type { Deposit } from '../data/schema';
import { GROUP_LABELS, HATCH_ID, MARKER_SIZE, STAGE_LABELS, markerShape } from './styles';

type GlyphProps = { group: Deposit['group']; stage: Deposit['status']['stage']; exact: boolean };

/** The same shape the map draws, for the legend and the panel. */
export function MarkerGlyph({ group, stage, exact }: GlyphProps) {
  const { tag, attrs } = markerShape(group, stage, exact);
  const props = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]));
  return (
    <svg width={MARKER_SIZE} height={MARKER_SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="glyph">
      {createElement(tag, props)}
    </svg>
  );
}

/** The hatch the occupied area is filled with; defined once for the whole page. */
export function HatchPattern() {
  return (
    <svg width="0" height="0" className="defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#f6dede" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#b02a2a" strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}

/** Open at start only where there is room for it beside the map. */
function roomForLegend() {
  return typeof matchMedia === 'function' && matchMedia('(min-width: 1000px) and (min-height: 640px)').matches;
}

export function Legend() {
  return (
    <details className="legend" open={roomForLegend()}>
      <summary>Legend</summary>
      <ul>
        <li>
          <span className="swatch swatch--region" aria-hidden="true" /> Russian region named by Putin
        </li>
        <li>
          <svg width="18" height="14" aria-hidden="true" focusable="false" className="swatch-svg">
            <rect width="18" height="14" fill={`url(#${HATCH_ID})`} stroke="#a11d1d" strokeDasharray="4 3" />
          </svg>
          Occupied Ukraine, drawn as whole oblasts (Russia held less)
        </li>
      </ul>
      <ul className="legend-row" aria-label="Colour: what a deposit holds">
        {DEPOSIT_GROUPS.map((g) => (
          <li key={g}>
            <MarkerGlyph group={g} stage="producing" exact /> {GROUP_LABELS[g]}
          </li>
        ))}
      </ul>
      <ul className="legend-row" aria-label="Shape: status">
        {STAGES.map((s) => (
          <li key={s}>
            <MarkerGlyph group="rare-earths" stage={s} exact /> {STAGE_LABELS[s]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <MarkerGlyph group="rare-earths" stage="producing" exact={false} /> Hollow: approximate point, not the
          deposit's own
        </li>
        <li>
          <span className="swatch-cluster" aria-hidden="true">
            3
          </span>{' '}
          Several deposits close together: select to zoom in
        </li>
      </ul>
    </details>
  );
}
