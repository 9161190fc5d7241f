import { useState } from 'react';
import { depositsIn, statementsFor } from '../data/dataset';
import type { Area, DepositSummary } from '../data/schema';
import { useI18n, useT } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';
import { DepositItem } from './DepositItem';
import { OccupationNote } from './OccupationNote';
import { StatementCard } from './StatementCard';
import { useRecordsIfAny } from './useRecordsIfAny';

type AreaCardProps = {
  area: Area;
  onSelect: (s: Selection) => void;
  /** On the prerendered page every statement is already written out once: the areas link to it. */
  statementLinks?: boolean;
};

export function AreaCard({ area, onSelect, statementLinks = false }: AreaCardProps) {
  const { t, fmt } = useI18n();
  const { kind, areaKm2, parts } = area.properties;
  const occupied = kind === 'occupied-ukraine';
  const deposits = depositsIn(area.id);
  const statements = statementsFor(area.id);
  const contrast = occupied ? depositsIn(null) : [];

  return (
    <>
      <p className={`status-line${occupied ? ' status-line--occupied' : ''}`}>
        {occupied ? t.area.occupiedUkraine : t.area.russianRegion} · {fmt.km2(areaKm2)}
      </p>
      {occupied && <OccupationNote parts={parts} />}

      <section aria-labelledby={`${area.id}-deposits-heading`}>
        <h3 id={`${area.id}-deposits-heading`}>{t.area.deposits(deposits.length)}</h3>
        {deposits.length === 0 ? (
          <p className="note">{t.area.noDeposits}</p>
        ) : (
          <DepositList deposits={deposits} onSelect={onSelect} />
        )}
        {area.id === 'kabardino-balkaria' && <p className="note">{t.area.kabardinoNote}</p>}
      </section>

      {contrast.length > 0 && (
        <section aria-labelledby={`${area.id}-contrast-heading`}>
          <h3 id={`${area.id}-contrast-heading`}>{t.area.contrast}</h3>
          <DepositList deposits={contrast} onSelect={onSelect} />
        </section>
      )}

      <section aria-labelledby={`${area.id}-statements-heading`}>
        <h3 id={`${area.id}-statements-heading`}>{t.area.statements(t.count.statements(statements.length))}</h3>
        {statementLinks ? (
          <ul className="statement-links">
            {statements.map((s) => (
              <li key={s.id}>
                <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
                  {s.title}
                </SelectLink>{' '}
                <span className="muted">
                  ({s.speaker}, {fmt.date(s.date)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          statements.map((s) => <StatementCard key={s.id} statement={s} headingLevel={4} onSelect={onSelect} />)
        )}
      </section>
    </>
  );
}

/** Lists at most LISTED_AT_FIRST deposits until the reader asks for all: an area could hold thousands. */
const LISTED_AT_FIRST = 50;

function DepositList({ deposits, onSelect }: { deposits: DepositSummary[]; onSelect: (s: Selection) => void }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const records = useRecordsIfAny();
  const shown = all ? deposits : deposits.slice(0, LISTED_AT_FIRST);
  return (
    <>
      <ul className="deposit-list">
        {shown.map((d) => (
          <DepositItem key={d.id} deposit={d} record={records?.find((r) => r.id === d.id)} onSelect={onSelect} />
        ))}
      </ul>
      {shown.length < deposits.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t.area.showAll(deposits.length)}
        </button>
      )}
    </>
  );
}
