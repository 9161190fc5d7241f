import { DEPOSIT_GROUPS, STAGES } from '../data/constants';
import { useT } from '../i18n/I18n';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { HATCH_ID } from './styles';

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
  const t = useT();
  return (
    <details className="legend" open={roomForLegend()}>
      <summary>{t.legend.title}</summary>
      <ul>
        <li>
          <span className="swatch swatch--region" aria-hidden="true" /> {t.legend.region}
        </li>
        <li>
          <svg width="18" height="14" aria-hidden="true" focusable="false" className="swatch-svg">
            <rect width="18" height="14" fill={`url(#${HATCH_ID})`} stroke="#a11d1d" strokeDasharray="4 3" />
          </svg>
          {t.legend.occupied}
        </li>
      </ul>
      <ul className="legend-row" aria-label={t.legend.colour}>
        {DEPOSIT_GROUPS.map((g) => (
          <li key={g}>
            <MarkerGlyph group={g} stage="producing" exact /> {t.group[g]}
          </li>
        ))}
      </ul>
      <ul className="legend-row" aria-label={t.legend.shape}>
        {STAGES.map((s) => (
          <li key={s}>
            <MarkerGlyph group="rare-earths" stage={s} exact /> {t.stage[s]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <MarkerGlyph group="rare-earths" stage="producing" exact={false} /> {t.legend.hollow}
        </li>
        <li>
          <span className="swatch-cluster" aria-hidden="true">
            3
          </span>{' '}
          {t.legend.cluster}
        </li>
      </ul>
    </details>
  );
}
