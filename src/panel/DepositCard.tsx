import { getArea } from '../data/dataset';
import type { Deposit } from '../data/schema';
import { useI18n, useI18nDetails, useT } from '../i18n/I18n';
import { areaName, commodityList, depositName, localDeposit } from '../i18n/localize';
import { depositCard } from '../i18n/messages/deposit-card';
import { useSection } from '../i18n/sections';
import type { Selection } from '../state/url';
import { LoadFailed } from '../ui/LoadFailed';
import { Glossed } from '../ui/Glossed';
import { SelectLink } from '../ui/SelectLink';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { CardActions } from './CardActions';
import { Disclosure } from './Disclosure';
import { PlaceEvents } from './PlaceEvents';
import { SourceLink, SourceList } from './SourceList';
import { useDepositRecords } from './useDepositRecord';

type DepositCardProps = { deposit: Deposit; onSelect: (s: Selection) => void };

/** A deposit's record, once its file has loaded; a clear message and a retry if it fails. */
export default function DepositRecord({ id, onSelect }: { id: string; onSelect: (s: Selection) => void }) {
  const t = useT();
  const [state, retry] = useDepositRecords();
  if (state.status === 'loading') return <p className="note">{t.load.loadingRecord}</p>;
  if (state.status === 'error') return <LoadFailed what={t.load.depositRecord} onRetry={retry} />;
  const record = state.value.find((r) => r.id === id);
  return record ? <DepositCard deposit={record} onSelect={onSelect} /> : null;
}

/** A deposit: what it is and where it stands, the actions; how it was located and the research one click away. */
function DepositCard({ deposit: record, onSelect }: DepositCardProps) {
  const i18n = useI18nDetails();
  const { t, fmt } = i18n;
  const c = useSection(depositCard);
  // The status and occupation lines come in the reader's language; the research notes (type,
  // resources, location notes) are written in English only: say so to the page.
  const en = i18n.lang === 'en' ? undefined : 'en';
  const { deposit: d, translated } = localDeposit(i18n, record);
  const own = translated ? undefined : en;
  const area = d.areaId ? getArea(d.areaId) : undefined;
  return (
    <div className="card">
      <p className="card-summary">
        <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} />{' '}
        {t.group[d.group]} ({commodityList(i18n, d.commodities)}) · {t.stage[d.status.stage]} ·{' '}
        {area ? (
          <SelectLink selection={{ kind: 'area', id: area.id }} onSelect={onSelect}>
            {areaName(i18n, area)}
          </SelectLink>
        ) : (
          c.outsideAreas(t.country[d.country])
        )}
      </p>
      <p className="card-lead">
        <span lang={own}>
          <Glossed text={d.status.text} lang={own ?? i18n.lang} />
        </span>{' '}
        <span className="muted">
          ({c.asOf(fmt.partialDate(d.status.asOf))}: <SourceLink source={d.status.source} />)
        </span>
      </p>
      <CardActions item={{ kind: 'deposit', record: d }} title={depositName(i18n, d)} />
      <dl className="facts">
        {d.occupation && (
          <>
            <dt>{c.occupation}</dt>
            <dd>
              <Occupation occupation={d.occupation} lang={own} onSelect={onSelect} />
            </dd>
          </>
        )}
        <dt>{c.location}</dt>
        <dd>
          {d.location ? (
            <>
              {fmt.coordinate(d.location.lat, d.location.lon)}{' '}
              <strong>±{t.units.km(fmt.number(d.location.precisionKm))}</strong>
              <span className="note">
                {' · '}
                {c.basis[d.location.basis]} (<SourceLink source={d.location.source} />)
              </span>
              <Disclosure id={`deposit-${d.id}-location`} summary={t.card.located}>
                <p className="note" lang={en}>
                  {d.location.note}
                </p>
              </Disclosure>
            </>
          ) : (
            <>
              <strong>{c.notPublished}</strong> <span className="note">{c.noMarker}</span>
            </>
          )}
        </dd>
      </dl>
      {d.nameLocal && (
        <p className="muted" lang={d.country === 'Russia' ? 'ru' : 'uk'}>
          {d.nameLocal}
        </p>
      )}
      <PlaceEvents id={`deposit-${d.id}-events`} places={[{ depositId: d.id }]} onSelect={onSelect} />
      <Disclosure id={`deposit-${d.id}-figures`} summary={t.card.figures(d.resources.length)}>
        {d.resources.length === 0 ? (
          <p className="note">{c.noFigure}</p>
        ) : (
          <>
            <ul className="resources">
              {d.resources.map((r) => (
                <li key={r.text}>
                  <span lang={en}>{r.text}</span>{' '}
                  <span className="muted">
                    (<SourceLink source={r.source} />)
                  </span>
                </li>
              ))}
            </ul>
            <p className="note">{c.notComparable}</p>
          </>
        )}
      </Disclosure>
      <Disclosure id={`deposit-${d.id}-notes`} summary={t.card.notes}>
        <dl className="facts-notes">
          <dt>{c.type}</dt>
          <dd lang={en}>{d.type}</dd>
          {d.aliases.length > 0 && (
            <>
              <dt>{c.aliases}</dt>
              <dd lang={en}>{d.aliases.join('; ')}</dd>
            </>
          )}
          {d.notes && (
            <>
              <dt>{c.notes}</dt>
              <dd className="note" lang={en}>
                {d.notes}
              </dd>
            </>
          )}
        </dl>
      </Disclosure>
      <Disclosure id={`deposit-${d.id}-sources`} summary={t.card.allSources(d.sources.length)}>
        <SourceList sources={d.sources} label={c.allSources} />
      </Disclosure>
    </div>
  );
}

/** The occupation as dated: February 2025 with its source, then each later change with its date and sources. */
function Occupation({
  occupation: o,
  lang,
  onSelect,
}: {
  occupation: NonNullable<Deposit['occupation']>;
  /** Set where the notes are still in English on another language's page. */
  lang: 'en' | undefined;
  onSelect: (s: Selection) => void;
}) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const note = (text: string) => (
    <span lang={lang}>
      <Glossed text={text} lang={lang ?? i18n.lang} />
    </span>
  );
  return (
    <ol className="occupation-history">
      <li>
        <strong className={o.occupied ? 'occupied' : undefined}>
          {t.deposit.occupiedAsOf(o.occupied, fmt.partialDate(o.asOf))}
        </strong>
        . {note(o.note)}{' '}
        <span className="muted">
          (<SourceLink source={o.source} />)
        </span>
      </li>
      {o.changes.map((c) => (
        <li key={`${c.date}-${c.status}`}>
          <strong className={c.status === 'occupied' ? 'occupied' : undefined}>
            <time dateTime={c.date}>{fmt.partialDate(c.date)}</time>: {t.occupationStatus[c.status]}
          </strong>
          . {note(c.note)}{' '}
          <span className="muted">
            (
            {c.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 && '; '}
                <SourceLink source={s} />
              </span>
            ))}
            {c.eventId && (
              <>
                {'; '}
                <SelectLink selection={{ kind: 'timeline', event: c.eventId }} onSelect={onSelect}>
                  {t.card.seeEvent}
                </SelectLink>
              </>
            )}
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
