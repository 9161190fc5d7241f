import type { StatementBrief } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { localBrief } from '../i18n/localize';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';
import { KeyQuote } from './KeyQuote';

export type StatementViewProps = { statement: StatementBrief; onSelect: (s: Selection) => void };

/** A statement in a list: its title as a link, who, when and how, and (unless `quote` is false) its key quote. */
export function StatementSummary({ statement, onSelect, quote = true }: StatementViewProps & { quote?: boolean }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const s = localBrief(i18n, statement);
  return (
    <article className="statement statement--brief" aria-labelledby={`statement-${s.id}-title`}>
      <h4 id={`statement-${s.id}-title`} className="statement-title">
        <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
          {s.title}
        </SelectLink>
      </h4>
      <p className="card-summary">
        {s.speaker} · <time dateTime={s.date}>{fmt.date(s.date)}</time> · {t.venue[s.venueKind]}
      </p>
      {quote && <KeyQuote statement={s} />}
    </article>
  );
}
