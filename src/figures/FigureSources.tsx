/** The publications the figures come from: publisher, title, table, date, version read, links. */
import type { Publication } from '../data/figures-schema';
import type { FiguresViewMessages } from './view-messages';

export function FigureSources({ publications, t }: { publications: Publication[]; t: FiguresViewMessages }) {
  return (
    <ul className="figure-publications">
      {publications.map((p) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noopener noreferrer">
            {p.publisher}, {p.title}
          </a>{' '}
          <span className="muted">
            ({p.published}
            {p.table && `; ${t.table}: ${p.table}`})
          </span>
          {p.version && (
            <span className="note figure-version">
              {t.version}: {p.version}
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
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
