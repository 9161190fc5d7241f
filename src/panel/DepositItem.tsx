import type { Deposit, DepositSummary } from '../data/schema';
import { MarkerGlyph } from '../map/Legend';
import { GROUP_LABELS, STAGE_LABELS } from '../map/styles';
import type { Selection } from '../state/selection';
import { formatPartialDate } from './format';
import { useStaticLinks } from './LinkMode';
import { SelectLink } from './SelectLink';
import { SourceLink } from './SourceList';

/** One line per deposit in an area's list. */
type DepositItemProps = { deposit: DepositSummary; record?: Deposit; onSelect: (s: Selection) => void };

export function DepositItem({ deposit: d, record, onSelect }: DepositItemProps) {
  const isStatic = useStaticLinks();
  return (
    <li className="deposit-summary">
      {/* The page without JavaScript has no map and no legend for the marker shapes. */}
      {!isStatic && <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} />}
      <div>
        <SelectLink selection={{ kind: 'deposit', id: d.id }} onSelect={onSelect}>
          {d.name}
        </SelectLink>
        <span className="muted"> · {GROUP_LABELS[d.group]}: {d.commodities.join(', ')}</span>
        <br />
        <span>
          {STAGE_LABELS[d.status.stage]} (as of {formatPartialDate(d.status.asOf)})
        </span>
        {d.occupation && (
          <span className={d.occupation.occupied ? 'tag tag--occupied' : 'tag'}>
            {d.occupation.occupied ? 'Occupied' : 'Not occupied'} as of {formatPartialDate(d.occupation.asOf)}
          </span>
        )}
        {!d.location && <span className="tag tag--gap">Location not published</span>}
        {record && <ItemSources record={record} />}
      </div>
    </li>
  );
}

/** The sources behind the line: its status, and its location where it has one. */
function ItemSources({ record }: { record: Deposit }) {
  const cited = [
    { what: 'status', source: record.status.source },
    ...(record.location ? [{ what: 'location', source: record.location.source }] : []),
  ];
  return (
    <span className="item-sources">
      {cited.map((c, i) => (
        <span key={c.what}>
          {i === 0 ? 'Sources: ' : ' · '}
          {c.what}: <SourceLink source={c.source} />
        </span>
      ))}
    </span>
  );
}
