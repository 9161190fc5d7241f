import { useMemo, useState } from 'react';
import { depositsIn, statementsAbout, statementsFor } from '../data/dataset';
import type { Area, DepositSummary, StatementBrief } from '../data/schema';
import { useI18n, useT } from '../i18n/I18n';
import { areaName, localBrief } from '../i18n/localize';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { CardActions } from './CardActions';
import { DepositItem, DepositSources } from './DepositItem';
import { Disclosure } from './Disclosure';
import { KeyQuote } from './KeyQuote';
import { OccupationNote } from './OccupationNote';
import { PlaceEvents } from './PlaceEvents';
import { useRecordsIfAny } from './useRecordsIfAny';

type AreaCardProps = { area: Area; onSelect: (s: Selection) => void };

/** Words of an area's name a quote would use ("Sakha Republic (Yakutia)" gives Sakha, Yakutia). */
function nameWords(area: Area): string[] {
  return area.properties.name
    .split(/[\s()]+/)
    .filter((w) => w.length > 3 && !/^(Oblast|Republic|Russian|occupied)$/i.test(w))
    .map((w) => w.replace(/-.*$/, ''));
}

/** The statement an area's card leads with: the first whose key quote names the area, else the first. */
export function keyStatement(area: Area, statements: StatementBrief[]): StatementBrief | undefined {
  const words = nameWords(area);
  return (
    statements.find((s) => {
      const text = 'wording' in s.key ? s.key.wording.text : '';
      return words.some((w) => text.includes(w));
    }) ?? statements[0]
  );
}

/**
 * An area: one summary line, the key quote, the actions; then its deposits and statements as compact
 * rows, and what happened since folded into one line, so that an area fits in about two screens.
 */
export function AreaCard({ area, onSelect }: AreaCardProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { kind, areaKm2, parts } = area.properties;
  const occupied = kind === 'occupied-ukraine';
  const deposits = depositsIn(area.id);
  const unlocated = deposits.filter((d) => d.location === null).length;
  const statements = statementsFor(area.id);
  const contrast = occupied ? depositsIn(null) : [];
  // The US–Ukraine deal concerns Ukraine as a whole, not the regions Russia claims: listed apart.
  const wholeCountry = occupied ? statementsAbout('Ukraine') : [];
  // The text version prints every statement once, in the overview: here it links to them.
  const key = useStaticLinks() ? undefined : keyStatement(area, statements);

  return (
    <div className="card">
      <p className={`card-summary status-line${occupied ? ' status-line--occupied' : ''}`}>
        {occupied ? t.area.occupiedUkraine : t.area.russianRegion} · {fmt.km2(areaKm2)} ·{' '}
        {t.count.deposits(deposits.length)} · {t.count.statements(statements.length)}
      </p>
      {key && (
        <div className="area-key">
          <KeyQuote statement={key} />
          <p className="key-quote-from">
            {t.card.keyFrom}{' '}
            <SelectLink selection={{ kind: 'statement', id: key.id }} onSelect={onSelect}>
              {localBrief(i18n, key).title}
            </SelectLink>
          </p>
        </div>
      )}
      <CardActions
        item={{ kind: 'area', record: { id: area.id, name: areaName(i18n, area) } }}
        title={areaName(i18n, area)}
      />
      {occupied && <OccupationNote parts={parts} id={`area-${area.id}-drawing`} />}

      <section aria-labelledby={`${area.id}-deposits-heading`}>
        <h3 id={`${area.id}-deposits-heading`}>{t.area.deposits(deposits.length)}</h3>
        {deposits.length === 0 ? (
          <p className="note">{t.area.noDeposits}</p>
        ) : (
          <DepositList deposits={deposits} onSelect={onSelect} />
        )}
        {unlocated > 0 && (
          <p className="note unlocated-note">{t.area.unlocated(unlocated, unlocated === deposits.length)}</p>
        )}
        {area.id === 'kabardino-balkaria' && <p className="note">{t.area.kabardinoNote}</p>}
      </section>

      {contrast.length > 0 && (
        <Disclosure id={`area-${area.id}-contrast`} summary={t.card.contrast(contrast.length)}>
          <DepositList deposits={contrast} onSelect={onSelect} />
        </Disclosure>
      )}

      <section aria-labelledby={`${area.id}-statements-heading`}>
        <h3 id={`${area.id}-statements-heading`}>{t.area.statements(t.count.statements(statements.length))}</h3>
        <StatementLinks statements={statements} onSelect={onSelect} />
      </section>

      {wholeCountry.length > 0 && (
        <section aria-labelledby={`${area.id}-country-heading`}>
          <h3 id={`${area.id}-country-heading`}>{t.area.aboutUkraine(t.count.statements(wholeCountry.length))}</h3>
          <StatementLinks statements={wholeCountry} onSelect={onSelect} />
        </section>
      )}

      <PlaceEvents
        folded
        id={`area-${area.id}-events`}
        places={[{ areaId: area.id }, ...deposits.map((d) => ({ depositId: d.id }))]}
        onSelect={onSelect}
      />
      <AreaSources deposits={[...deposits, ...contrast]} id={`area-${area.id}-sources`} />
    </div>
  );
}

/** Statements as compact rows: the date, then the title (which names who spoke). */
function StatementLinks({ statements, onSelect }: { statements: StatementBrief[]; onSelect: (s: Selection) => void }) {
  const i18n = useI18n();
  return (
    <ul className="statement-links">
      {statements
        .map((statement) => localBrief(i18n, statement))
        .map((s) => (
          <li key={s.id}>
            <time dateTime={s.date} className="muted">
              {i18n.fmt.partialDate(s.date)}
            </time>{' '}
            <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
              {s.title}
            </SelectLink>
          </li>
        ))}
    </ul>
  );
}

/** Where each deposit's status and location come from, one click away. */
function AreaSources({ deposits, id }: { deposits: DepositSummary[]; id: string }) {
  const t = useT();
  const records = useRecordsIfAny();
  // Looked up by id: an area of thousands of deposits would otherwise scan every record for each.
  const byId = useMemo(() => (records ? new Map(records.map((r) => [r.id, r])) : null), [records]);
  const [all, setAll] = useState(false);
  if (!byId || deposits.length === 0) return null;
  const shown = all ? deposits : deposits.slice(0, LISTED_AT_FIRST);
  return (
    <Disclosure id={id} summary={t.card.areaSources}>
      <ul className="deposit-sources">
        {shown.map((d) => {
          const record = byId.get(d.id);
          return (
            record && (
              <li key={d.id}>
                <strong>{d.name}</strong> <DepositSources record={record} />
              </li>
            )
          );
        })}
      </ul>
      {shown.length < deposits.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t.area.showAll(deposits.length)}
        </button>
      )}
    </Disclosure>
  );
}

/** Lists at most LISTED_AT_FIRST deposits until the reader asks for all: an area could hold thousands. */
const LISTED_AT_FIRST = 50;

function DepositList({ deposits, onSelect }: { deposits: DepositSummary[]; onSelect: (s: Selection) => void }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? deposits : deposits.slice(0, LISTED_AT_FIRST);
  return (
    <>
      <ul className="deposit-list">
        {shown.map((d) => (
          <DepositItem key={d.id} deposit={d} onSelect={onSelect} />
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
