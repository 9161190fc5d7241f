import { getArea } from '../data/dataset';
import type { Deposit } from '../data/schema';
import { MarkerGlyph } from '../map/Legend';
import { GROUP_LABELS, STAGE_LABELS } from '../map/styles';
import type { Selection } from '../state/selection';
import { Cite } from './Cite';
import { formatCoordinate, formatPartialDate } from './format';
import { SelectLink } from './SelectLink';
import { SourceLink, SourceList } from './SourceList';
import { LoadFailed } from './LoadFailed';
import { useDepositRecords } from './useDepositRecord';

const BASIS_LABELS: Record<NonNullable<Deposit['location']>['basis'], string> = {
  deposit: "the deposit's own coordinate",
  'settlement proxy': 'a nearby settlement, not the deposit itself',
  district: 'a massif, district or area point, not the deposit itself',
  computed: "computed from a published distance and direction, not the deposit's own coordinate",
};

type DepositCardProps = { deposit: Deposit; onSelect: (s: Selection) => void };

/** A deposit's record, once its file has loaded; a clear message and a retry if it fails. */
export default function DepositRecord({ id, onSelect }: { id: string; onSelect: (s: Selection) => void }) {
  const [state, retry] = useDepositRecords();
  if (state.status === 'loading') return <p className="note">Loading the record…</p>;
  if (state.status === 'error') return <LoadFailed what="the deposit's record" onRetry={retry} />;
  const record = state.value.find((r) => r.id === id);
  return record ? <DepositCard deposit={record} onSelect={onSelect} /> : null;
}

function DepositCard({ deposit: d, onSelect }: DepositCardProps) {
  const area = d.areaId ? getArea(d.areaId) : undefined;
  return (
    <>
      <p className="status-line">
        <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} />{' '}
        {GROUP_LABELS[d.group]} · {STAGE_LABELS[d.status.stage]}
      </p>
      {d.nameLocal && (
        <p className="muted" lang={d.country === 'Russia' ? 'ru' : 'uk'}>
          {d.nameLocal}
        </p>
      )}
      <dl className="facts">
        <dt>Area</dt>
        <dd>
          {area ? (
            <SelectLink selection={{ kind: 'area', id: area.id }} onSelect={onSelect}>
              {area.properties.name}
            </SelectLink>
          ) : (
            `${d.country}, outside the areas named in February 2025`
          )}
        </dd>
        {d.occupation && (
          <>
            <dt>Occupation</dt>
            <dd>
              <strong>{d.occupation.occupied ? 'Occupied' : 'Not occupied'}</strong> as of{' '}
              {formatPartialDate(d.occupation.asOf)}. {d.occupation.note}{' '}
              <span className="muted">
                (<SourceLink source={d.occupation.source} />)
              </span>
            </dd>
          </>
        )}
        <dt>Location</dt>
        <dd>
          {d.location ? (
            <>
              {formatCoordinate(d.location.lat, d.location.lon)}{' '}
              <strong>±{d.location.precisionKm} km</strong>
              <p className="note">
                This point is {BASIS_LABELS[d.location.basis]}. {d.location.note}
              </p>
              <p className="note">
                Source: <SourceLink source={d.location.source} />
              </p>
            </>
          ) : (
            <>
              <strong>Location not published.</strong>{' '}
              <span className="note">No source found gives a coordinate, so the map shows no marker.</span>
            </>
          )}
        </dd>
        <dt>Holds</dt>
        <dd>{d.commodities.join(', ')}</dd>
        <dt>Type</dt>
        <dd>{d.type}</dd>
        <dt>Status</dt>
        <dd>
          <strong>{STAGE_LABELS[d.status.stage]}</strong> (as of {formatPartialDate(d.status.asOf)}). {d.status.text}{' '}
          <span className="muted">
            (<SourceLink source={d.status.source} />)
          </span>
        </dd>
        <dt>Resources</dt>
        <dd>
          {d.resources.length === 0 ? (
            <span className="note">No published figure found.</span>
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
          {d.resources.length > 0 && (
            <p className="note">Figures use different categories (reserves, resources, estimates) and are not comparable across deposits.</p>
          )}
        </dd>
        {d.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{d.aliases.join('; ')}</dd>
          </>
        )}
        {d.notes && (
          <>
            <dt>Notes</dt>
            <dd className="note">{d.notes}</dd>
          </>
        )}
      </dl>
      <SourceList sources={d.sources} label="All sources for this deposit" />
      <div className="record-actions">
        <Cite item={{ kind: 'deposit', record: d }} />
      </div>
    </>
  );
}
