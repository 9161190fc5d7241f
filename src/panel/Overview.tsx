import { DOWNLOAD_FILES, DOWNLOADS_DIR } from '../cite/download-files';
import { areas, article, depositsIn, statements, statementsFor } from '../data/dataset';
import type { Selection } from '../state/selection';
import { formatDate, plural } from './format';
import { SelectLink } from './SelectLink';
import { SourceLink } from './SourceList';
import { useStaticLinks } from './LinkMode';
import { StatementCard, StatementSummary } from './StatementCard';

export function Overview({ onSelect }: { onSelect: (s: Selection) => void }) {
  // The app lists each statement briefly, one step from its full record; the page read without
  // JavaScript cannot take that step, so it prints every statement in full.
  const isStatic = useStaticLinks();
  return (
    <>
      {article.summary.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="muted">
        From the article “{article.headline}”, <SourceLink source={{ title: article.outlet, url: article.url }} />,{' '}
        <time dateTime={article.date}>{formatDate(article.date)}</time> (probable date).
      </p>
      <section aria-labelledby="areas-heading">
        <h3 id="areas-heading">The six areas</h3>
        <ul className="area-list">
          {areas.map((a) => (
            <li key={a.id}>
              <SelectLink selection={{ kind: 'area', id: a.id }} onSelect={onSelect}>
                {a.properties.name}
              </SelectLink>
              <span className="muted">
                {' '}
                · {plural(depositsIn(a.id).length, 'deposit')} · {plural(statementsFor(a.id).length, 'statement')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="more-heading">
        <h3 id="more-heading">Read, cite and take the data</h3>
        <ul className="more-list">
          <li>
            <SelectLink selection={{ kind: 'list' }} onSelect={onSelect}>
              All areas and deposits as a list
            </SelectLink>{' '}
            (the map as text)
          </li>
          <li>
            <SelectLink selection={{ kind: 'sources' }} onSelect={onSelect}>
              Every source, by kind
            </SelectLink>
          </li>
        </ul>
        <p className="downloads-label">Download the data (with its sources and licence):</p>
        <ul className="downloads">
          {DOWNLOAD_FILES.map((f) => (
            <li key={f.file}>
              <a href={`${DOWNLOADS_DIR}/${f.file}`} download type={f.mime}>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="slips-heading">
        <h3 id="slips-heading">Where the article slips</h3>
        <ul className="slips">
          {article.slips.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-statements-heading">
        <h3 id="all-statements-heading">Every statement in the article</h3>
        {statements.map((s) =>
          isStatic ? (
            <StatementCard key={s.id} statement={s} headingLevel={4} onSelect={onSelect} />
          ) : (
            <StatementSummary key={s.id} statement={s} onSelect={onSelect} />
          ),
        )}
      </section>
    </>
  );
}
