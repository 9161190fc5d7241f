import { article } from '../data/dataset';
import type { StatementBrief, Wording } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import { SourceLink } from './SourceList';

/**
 * The quote a card leads with, exactly as its source gives it, and whose wording it is: for a reader
 * of Ukrainian or Russian the original where there is one (the language's `leads`), for a reader of
 * English the source's English; `beside`, the other of the two. For background with no primary
 * wording, the article's account, labelled as such.
 */
export function KeyQuote({ statement: s, beside = null }: { statement: StatementBrief; beside?: Wording | null }) {
  const { t, leads } = useI18n();
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
  return (
    <>
      <WordingFigure wording={leads?.[s.id] ?? s.key.wording} />
      {beside && <WordingFigure wording={beside} beside />}
    </>
  );
}

/** One wording as printed, marked with its language; its label names the language (checked in the data's tests). */
function WordingFigure({ wording: w, beside = false }: { wording: Wording; beside?: boolean }) {
  return (
    <figure className={beside ? 'key-quote key-quote--beside' : 'key-quote'}>
      <blockquote cite={w.source.url} lang={w.lang}>
        <p>{w.text}</p>
      </blockquote>
      <figcaption>
        {w.label}: <SourceLink source={{ title: captionTitle(w), url: w.source.url }} />
      </figcaption>
    </figure>
  );
}

/** The source's title without its "Publisher: " prefix where the label already names the publisher. */
function captionTitle({ label, source: { title, publisher } }: Wording) {
  const prefix = `${publisher}: `;
  return publisher && label.includes(publisher) && title.startsWith(prefix) ? title.slice(prefix.length) : title;
}
