import type { Area } from '../data/schema';
import { useI18n } from '../i18n/I18n';

/** What the whole-oblast drawing does and does not say. */
export function OccupationNote({ parts }: { parts: Area['properties']['parts'] }) {
  const { t, fmt } = useI18n();
  return (
    <div className="occupation-note">
      <p>
        <strong>{t.area.occupationHeading}</strong> {t.area.occupationText}
      </p>
      <ul className="parts">
        {parts.map((p) => (
          <li key={p.iso}>
            {p.nameEn}{' '}
            <span className="muted">
              ({p.iso}, {fmt.km2(p.areaKm2)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
