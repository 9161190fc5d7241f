import { depositsIn, statementsFor } from '../data/dataset';
import { useState } from 'react';
import type { Area, DepositSummary } from '../data/schema';
import type { Selection } from '../state/selection';
import { DepositItem } from './DepositItem';
import { formatDate, formatKm2, plural } from './format';
import { OccupationNote } from './OccupationNote';
import { useRecordsIfAny } from './useRecordsIfAny';
import { SelectLink } from './SelectLink';
import { StatementCard } from './StatementCard';

type AreaCardProps = {
  area: Area;
  onSelect: (s: Selection) => void;
  /** On the prerendered page every statement is already written out once: the areas link to it. */
  statementLinks?: boolean;
};

export function AreaCard({ area, onSelect, statementLinks = false }: AreaCardProps) {
  const { kind, areaKm2, parts } = area.properties;
  const occupied = kind === 'occupied-ukraine';
  const deposits = depositsIn(area.id);
  const statements = statementsFor(area.id);
  const contrast = occupied ? depositsIn(null) : [];
  return (
    <>
      <p className={`status-line${occupied ? ' status-line--occupied' : ''}`}>
        {occupied ? 'Russian-occupied Ukraine' : 'Russian region'} · {formatKm2(areaKm2)}
      </p>
      {occupied && <OccupationNote parts={parts} />}
      <section aria-labelledby={`${area.id}-deposits-heading`}>
        <h3 id={`${area.id}-deposits-heading`}>Deposits ({deposits.length})</h3>
        {deposits.length === 0 ? (
          <p className="note">No rare-earth or rare-metal deposit is catalogued here.</p>
        ) : (
          <DepositList deposits={deposits} onSelect={onSelect} />
        )}
        {area.id === 'kabardino-balkaria' && (
          <p className="note">
            Putin named Kabardino-Balkaria among the places where Russia has rare and rare-earth metals. Its principal
            deposit, Tyrnyauz, holds tungsten and molybdenum: rare metals, not rare earths.
          </p>
        )}
      </section>
      {contrast.length > 0 && (
        <section aria-labelledby={`${area.id}-contrast-heading`}>
          <h3 id={`${area.id}-contrast-heading`}>For contrast: Ukrainian deposits outside the occupied area</h3>
          <DepositList deposits={contrast} onSelect={onSelect} />
        </section>
      )}
      <section aria-labelledby={`${area.id}-statements-heading`}>
        <h3 id={`${area.id}-statements-heading`}>What was said ({plural(statements.length, 'statement')})</h3>
        {statementLinks ? (
          <ul className="statement-links">
            {statements.map((s) => (
              <li key={s.id}>
                <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
                  {s.title}
                </SelectLink>{' '}
                <span className="muted">
                  ({s.speaker}, {formatDate(s.date)})
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
          {`Show all ${deposits.length} deposits`}
        </button>
      )}
    </>
  );
}
