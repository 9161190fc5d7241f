import { article } from '../data/dataset';
import type { StatementBrief } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { SourceLink } from './SourceList';

/**
 * The quote a card leads with, exactly as its source gives it, and whose wording it is; for
 * background with no primary wording, the article's account, labelled as such.
 */
export function KeyQuote({ statement: s }: { statement: StatementBrief }) {
  const { t, lang } = useI18n();
  if ('article' in s.key) {
    const account = s.key.article;
    return (
      <figure className="key-quote key-quote--article">
        <blockquote cite={article.url} lang="en">
          <p>{account.text}</p>
        </blockquote>
        <figcaption>
          {t.card.articleAccount(account.quoted)} <SourceLink source={{ title: article.outlet, url: article.url }} />
        </figcaption>
      </figure>
    );
  }
  const w = s.key.wording;
  return (
    <figure className="key-quote">
      <blockquote cite={w.source.url} lang={w.lang}>
        <p>{w.text}</p>
      </blockquote>
      <figcaption>
        {w.label}
        {w.lang !== lang && ` (${t.langName[w.lang]})`}: <SourceLink source={w.source} />
      </figcaption>
    </figure>
  );
}
