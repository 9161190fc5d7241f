import { DEPOSIT_GROUPS } from '../data/constants';
import { useT } from '../i18n/I18n';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { unlocatedAreas } from './unlocated';
import { HATCH_ID } from './styles';

/** The hatch the occupied area is filled with; defined once for the whole page, coloured by the theme's CSS. */
export function HatchPattern() {
  return (
    <svg width="0" height="0" className="defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <rect width="7" height="7" className="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="7" className="hatch-line" strokeWidth="2.5" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * What the map's marks mean, in a line or two under the map: the areas, then one encoding for the
 * deposits (colour: what is mined), hollow for an approximate point, and the groups. Status and
 * precision are in each marker's tooltip and in the panel.
 */
export function Legend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t.legend.title}>
      <li>
        <span className="swatch" aria-hidden="true" /> {t.legend.region}
      </li>
      <li>
        <svg width="18" height="13" aria-hidden="true" focusable="false" className="swatch-svg">
          <rect
            x="0.75"
            y="0.75"
            width="16.5"
            height="11.5"
            fill={`url(#${HATCH_ID})`}
            className="swatch-occupied"
            strokeDasharray="4 2"
          />
        </svg>
        {t.legend.occupied}
      </li>
      <li className="legend-group" aria-label={t.legend.colour}>
        {DEPOSIT_GROUPS.map((g) => (
          <span key={g} className="legend-item">
            <MarkerGlyph group={g} stage="producing" exact /> {t.group[g]}
          </span>
        ))}
      </li>
      <li>
        <MarkerGlyph group="rare-earths" stage="producing" exact={false} /> {t.legend.hollow}
      </li>
      {unlocatedAreas.length > 0 && (
        <li>
          <span className="legend-unlocated" aria-hidden="true">
            ?
          </span>
          {t.legend.unlocated}
        </li>
      )}
      <li>
        <span className="swatch-cluster" aria-hidden="true">
          3
        </span>
        {t.legend.cluster}
      </li>
    </ul>
  );
}
