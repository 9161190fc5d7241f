import { getArea } from '../data/dataset';
import type { Deposit } from '../data/schema';
import { useI18n, useT } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { LoadFailed } from '../ui/LoadFailed';
import { SelectLink } from '../ui/SelectLink';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { Cite } from './Cite';
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

function DepositCard({ deposit: d, onSelect }: DepositCardProps) {
  const { t, fmt } = useI18n();
  const area = d.areaId ? getArea(d.areaId) : undefined;
  return (
    <>
      <p className="status-line">
        <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} /> {t.group[d.group]} ·{' '}
        {t.stage[d.status.stage]}
      </p>
      {d.nameLocal && (
        <p className="muted" lang={d.country === 'Russia' ? 'ru' : 'uk'}>
          {d.nameLocal}
        </p>
      )}
      <dl className="facts">
        <dt>{t.deposit.area}</dt>
        <dd>
          {area ? (
            <SelectLink selection={{ kind: 'area', id: area.id }} onSelect={onSelect}>
              {area.properties.name}
            </SelectLink>
          ) : (
            t.deposit.outsideAreas(d.country)
          )}
        </dd>
        {d.occupation && (
          <>
            <dt>{t.deposit.occupation}</dt>
            <dd>
              <strong>{t.deposit.occupiedStatus(d.occupation.occupied)}</strong>{' '}
              {t.deposit.asOf(fmt.partialDate(d.occupation.asOf))}. {d.occupation.note}{' '}
              <span className="muted">
                (<SourceLink source={d.occupation.source} />)
              </span>
            </dd>
          </>
        )}
        <dt>{t.deposit.location}</dt>
        <dd>
          {d.location ? (
            <>
              {fmt.coordinate(d.location.lat, d.location.lon)}{' '}
              <strong>±{t.units.km(fmt.number(d.location.precisionKm))}</strong>
              <p className="note">
                {t.deposit.thisPointIs(t.basis[d.location.basis])} {d.location.note}
              </p>
              <p className="note">
                {t.deposit.source} <SourceLink source={d.location.source} />
              </p>
            </>
          ) : (
            <>
              <strong>{t.deposit.notPublished}</strong> <span className="note">{t.deposit.noMarker}</span>
            </>
          )}
        </dd>
        <dt>{t.deposit.holds}</dt>
        <dd>{d.commodities.join(', ')}</dd>
        <dt>{t.deposit.type}</dt>
        <dd>{d.type}</dd>
        <dt>{t.deposit.status}</dt>
        <dd>
          <strong>{t.stage[d.status.stage]}</strong> ({t.deposit.asOf(fmt.partialDate(d.status.asOf))}). {d.status.text}{' '}
          <span className="muted">
            (<SourceLink source={d.status.source} />)
          </span>
        </dd>
        <dt>{t.deposit.resources}</dt>
        <dd>
          {d.resources.length === 0 ? (
            <span className="note">{t.deposit.noFigure}</span>
          ) : (
            <ul className="resources">
              {d.resources.map((r) => (
                <li key={r.text}>
                  {r.text}{' '}
                  <span className="muted">
                    (<SourceLink source={r.source} />)
                  </span>
                </li>
              ))}
            </ul>
          )}
          {d.resources.length > 0 && <p className="note">{t.deposit.notComparable}</p>}
        </dd>
        {d.aliases.length > 0 && (
          <>
            <dt>{t.deposit.aliases}</dt>
            <dd>{d.aliases.join('; ')}</dd>
          </>
        )}
        {d.notes && (
          <>
            <dt>{t.deposit.notes}</dt>
            <dd className="note">{d.notes}</dd>
          </>
        )}
      </dl>
      <SourceList sources={d.sources} label={t.deposit.allSources} />
      <div className="record-actions">
        <Cite item={{ kind: 'deposit', record: d }} />
      </div>
    </>
  );
}
