/**
 * One line under a statement that makes a claim about Russia's reserves: how the claim compares by
 * USGS's count, with a link to the figures. Worked out from data/figures.json at build time, so the
 * first view carries a few numbers, not the figures or the chart code.
 */
import { comparison } from '../data/figures-comparison.gen';
import { useT } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';

export function ComparisonLine({ statementId, onSelect }: { statementId: string; onSelect: (s: Selection) => void }) {
  const t = useT();
  if (!comparison.statements.includes(statementId)) return null;
  const { reserves, production, edition } = comparison;
  return (
    <p className="note" data-comparison={statementId}>
      {t.figures.comparison(
        t.figures.ordinal(reserves.rank),
        reserves.of,
        t.figures.share(production.share, production.atMost),
        production.year,
        edition,
      )}{' '}
      <SelectLink selection={{ kind: 'figures' }} onSelect={onSelect}>
        {t.figures.linkFromStatement}
      </SelectLink>
    </p>
  );
}
