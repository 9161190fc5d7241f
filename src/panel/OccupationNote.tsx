import type { Area } from '../data/schema';
import { formatKm2 } from './format';

/** What the whole-oblast drawing does and does not say. */
export function OccupationNote({ parts }: { parts: Area['properties']['parts'] }) {
  return (
    <div className="occupation-note">
      <p>
        <strong>Drawn as whole oblasts, not as a front line.</strong> As of early 2025 Russia occupied Crimea and
        Sevastopol (since 2014), nearly all of Luhansk Oblast, and parts of Donetsk, Zaporizhzhia and Kherson oblasts.
        Deposits in these oblasts that Russia did not hold are marked "not occupied".
      </p>
      <ul className="parts">
        {parts.map((p) => (
          <li key={p.iso}>
            {p.nameEn} <span className="muted">({p.iso}, {formatKm2(p.areaKm2)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
