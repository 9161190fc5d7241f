import type { Deposit, DepositSummary } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { commodityList, depositName } from '../i18n/localize';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { MarkerGlyph } from '../vocab/MarkerGlyph';
import { SourceLink } from './SourceList';

/**
 * One compact row per deposit in an area's list: its name and its occupation then and now on the
 * first line; what it holds, its stage and any missing location on a smaller second line.
 */
type DepositItemProps = { deposit: DepositSummary; onSelect: (s: Selection) => void };

export function DepositItem({ deposit: d, onSelect }: DepositItemProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const isStatic = useStaticLinks();
  const o = d.occupation;
  const changed = o && o.now.asOf !== o.asOf;
  return (
    <li className="deposit-summary">
      {/* The text version has no map and no legend for the marker shapes. */}
      {!isStatic && <MarkerGlyph group={d.group} stage={d.status.stage} exact={d.location?.basis === 'deposit'} />}
      <div>
        <SelectLink selection={{ kind: 'deposit', id: d.id }} onSelect={onSelect}>
          {depositName(i18n, d)}
        </SelectLink>
        {o && (
          <span className={o.occupied ? 'tag tag--occupied' : 'tag'}>
            {t.deposit.occupiedAsOf(o.occupied, fmt.partialDate(o.asOf))}
          </span>
        )}
        {o && changed && (
          <span className={`tag tag--change tag--${o.now.status.replace(' ', '-')}`}>
            {t.card.occupationNow(t.occupationStatus[o.now.status], fmt.partialDate(o.now.asOf))}
          </span>
        )}
        <span className="deposit-facts muted">
          {t.group[d.group]}: {commodityList(i18n, d.commodities)} ·{' '}
          {t.deposit.stageDated(t.stage[d.status.stage], fmt.partialDate(d.status.asOf))}
          {!d.location && <span className="tag tag--gap">{t.deposit.notPublishedTag}</span>}
        </span>
      </div>
    </li>
  );
}

/** The sources behind a deposit's line: its status, and its location where it has one. */
export function DepositSources({ record }: { record: Deposit }) {
  const { t } = useI18n();
  const cited = [
    { what: 'status' as const, source: record.status.source },
    ...(record.location ? [{ what: 'location' as const, source: record.location.source }] : []),
  ];
  return (
    <span className="item-sources">
      {cited.map((c, i) => (
        <span key={c.what}>
          {i > 0 && ' · '}
          {t.deposit.sourceFor[c.what]}: <SourceLink source={c.source} />
        </span>
      ))}
    </span>
  );
}
