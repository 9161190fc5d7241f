/**
 * One line under a statement that makes a claim about Russia's reserves: how the claim compares by
 * USGS's count, with a link to the figures. Worked out from data/figures.json at build time, so the
 * first view carries a few numbers, not the figures or the chart code.
 */
import { comparison } from '../data/figures-comparison.gen';
import { useI18n } from '../i18n/I18n';
import { countryList } from './country-names';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';

/** Stands for the edition's title while the sentence is made, so that the title can be marked as English. */
const EDITION = '\u0000';

export function ComparisonLine({ statementId, onSelect }: { statementId: string; onSelect: (s: Selection) => void }) {
  const { t, lang, fmt } = useI18n();
  if (!comparison.statements.includes(statementId)) return null;
  const { reserves, production, edition, without, previous } = comparison;
  const rankIn = previous && t.figures.rankIn(t.figures.ordinal(previous.rank), previous.of, previous.edition);
  // The edition is the title of an English publication: marked as English inside the sentence.
  const [before, after] = t.figures
    .comparison(
      t.figures.ordinal(reserves.rank),
      reserves.of,
      countryList(lang, fmt.list, without),
      t.figures.share(production.share, production.atMost),
      production.year,
      EDITION,
      rankIn,
    )
    .split(EDITION);
  return (
    <p className="note" data-comparison={statementId}>
      {before}
      <span lang="en">{edition}</span>
      {after}{' '}
      <SelectLink selection={{ kind: 'figures' }} onSelect={onSelect}>
        {t.figures.linkFromStatement}
      </SelectLink>
    </p>
  );
}
