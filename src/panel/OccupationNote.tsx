import type { Area } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { partName } from '../i18n/localize';
import { Disclosure } from './Disclosure';

/**
 * What the whole-oblast drawing does and does not say: the point always in sight, what Russia held
 * and the oblasts one click away.
 */
export function OccupationNote({ parts, id }: { parts: Area['properties']['parts']; id: string }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  return (
    <div className="occupation-note">
      <Disclosure id={id} summary={<strong>{t.area.occupationHeading}</strong>}>
        <p>{t.card.occupationShort}</p>
        <p>{t.area.occupationText}</p>
        <ul className="parts">
          {parts.map((p) => (
            <li key={p.iso}>
              {partName(i18n, p)}{' '}
              <span className="muted">
                ({p.iso}, {fmt.km2(p.areaKm2)})
              </span>
            </li>
          ))}
        </ul>
      </Disclosure>
    </div>
  );
}
