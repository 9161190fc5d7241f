/** The publications the figures come from: publisher, title, table, date, version read, links. */
import type { Publication } from '../data/figures-schema';
import type { FiguresViewMessages } from './view-messages';
import { useFigureWords } from './format';
import { Glossed } from '../ui/Glossed';

export function FigureSources({ publications, t }: { publications: Publication[]; t: FiguresViewMessages }) {
  const words = useFigureWords(t.text);
  // USGS's titles are the publication's own; the others are our descriptions, translated.
  const title = (p: Publication) =>
    p.kind === 'primary' ? { text: p.title, lang: 'en' as const } : words.text(p.title);
  return (
    <ul className="figure-publications">
      {publications.map((p) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noopener noreferrer">
            <span lang={p.kind === 'primary' ? 'en' : words.text(p.publisher).lang}>
              {words.text(p.publisher).text}
            </span>
            , <span lang={title(p).lang}>{title(p).text}</span>
          </a>{' '}
          <span className="muted">
            ({p.published}
            {p.table && (
              <>
                ; {t.table}: <span lang="en">{p.table}</span>
              </>
            )}
            )
          </span>
          {p.version && (
            <span className="note figure-version">
              {t.version}: <Note text={p.version} words={words} />
            </span>
          )}
          {p.dataUrl && (
            <span className="figure-version">
              <a href={p.dataUrl} target="_blank" rel="noopener noreferrer">
                {t.data}
              </a>
            </span>
          )}
          {p.notes.length > 0 && (
            <ul className="figure-notes">
              {p.notes.map((n) => (
                <li key={n}>
                  <Note text={n} words={words} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One of the figures' own texts in the reader's language, its quotations marked with theirs. */
function Note({ text, words }: { text: string; words: ReturnType<typeof useFigureWords> }) {
  const n = words.text(text);
  return (
    <span lang={n.lang}>
      <Glossed text={n.text} lang={n.lang ?? words.lang} />
    </span>
  );
}
