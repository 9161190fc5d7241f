import type { Deposit, DepositSummary } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { SourceLink } from './SourceList';

/** One line per deposit in an area's list. */
type DepositItemProps = { deposit: DepositSummary; record?: Deposit; onSelect: (s: Selection) => void };

export function DepositItem({ deposit: d, record, onSelect }: DepositItemProps) {
  const { t, fmt } = useI18n();
  const isStatic = useStaticLinks();
  return (
    <li className="deposit-summary">
      {/* The page without JavaScript has no map and no legend for the marker shapes. */}
      {!isStatic && <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} />}
      <div>
        <SelectLink selection={{ kind: 'deposit', id: d.id }} onSelect={onSelect}>
          {d.name}
        </SelectLink>
        <span className="muted">
          {' · '}
          {t.group[d.group]}: {d.commodities.join(', ')}
        </span>
        <br />
        <span>{t.deposit.stageAsOf(t.stage[d.status.stage], fmt.partialDate(d.status.asOf))}</span>
        {d.occupation && (
          <span className={d.occupation.occupied ? 'tag tag--occupied' : 'tag'}>
            {t.deposit.occupiedAsOf(d.occupation.occupied, fmt.partialDate(d.occupation.asOf))}
          </span>
        )}
        {!d.location && <span className="tag tag--gap">{t.deposit.notPublishedTag}</span>}
        {record && <ItemSources record={record} />}
      </div>
    </li>
  );
}

/** The sources behind the line: its status, and its location where it has one. */
function ItemSources({ record }: { record: Deposit }) {
  const { t } = useI18n();
  const cited = [
    { what: 'status' as const, source: record.status.source },
    ...(record.location ? [{ what: 'location' as const, source: record.location.source }] : []),
  ];
  return (
    <span className="item-sources">
      {cited.map((c, i) => (
        <span key={c.what}>
          {i === 0 ? t.deposit.itemSources : ' · '}
          {t.deposit.sourceFor[c.what]}: <SourceLink source={c.source} />
        </span>
      ))}
    </span>
  );
}
