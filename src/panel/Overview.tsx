import { DOWNLOAD_FILES, DOWNLOADS_DIR } from '../cite/download-files';
import { areas, article, depositsIn, statements, statementsFor } from '../data/dataset';
import { useI18n } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { SourceLink } from './SourceList';
import { StatementCard, StatementSummary } from './StatementCard';

export function Overview({ onSelect }: { onSelect: (s: Selection) => void }) {
  const { t, fmt } = useI18n();
  // The app lists each statement briefly, one step from its full record; the page read without
  // JavaScript cannot take that step, so it prints every statement in full.
  const isStatic = useStaticLinks();
  return (
    <>
      {article.summary.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="muted">
        {t.overview.fromArticle} “{article.headline}”, <SourceLink source={{ title: article.outlet, url: article.url }} />,{' '}
        <time dateTime={article.date}>{fmt.date(article.date)}</time> {t.overview.probableDate}
      </p>

      <section aria-labelledby="areas-heading">
        <h3 id="areas-heading">{t.overview.areas}</h3>
        <ul className="area-list">
          {areas.map((a) => (
            <li key={a.id}>
              <SelectLink selection={{ kind: 'area', id: a.id }} onSelect={onSelect}>
                {a.properties.name}
              </SelectLink>
              <span className="muted">
                {' · '}
                {t.count.deposits(depositsIn(a.id).length)} · {t.count.statements(statementsFor(a.id).length)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="more-heading">
        <h3 id="more-heading">{t.overview.more}</h3>
        <ul className="more-list">
          <li>
            <SelectLink selection={{ kind: 'list' }} onSelect={onSelect}>
              {t.overview.listLink}
            </SelectLink>{' '}
            {t.overview.listNote}
          </li>
          <li>
            <SelectLink selection={{ kind: 'sources' }} onSelect={onSelect}>
              {t.overview.sourcesLink}
            </SelectLink>
          </li>
          <li>
            <SelectLink selection={{ kind: 'figures' }} onSelect={onSelect}>
              {t.figures.linkFromOverview}
            </SelectLink>
          </li>
        </ul>
        <p className="downloads-label">{t.overview.downloads}</p>
        <ul className="downloads">
          {DOWNLOAD_FILES.map((f) => (
            <li key={f.file}>
              <a href={`${DOWNLOADS_DIR}/${f.file}`} download type={f.mime}>
                {t.downloads[f.file]}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="slips-heading">
        <h3 id="slips-heading">{t.overview.slips}</h3>
        <ul className="slips">
          {article.slips.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="all-statements-heading">
        <h3 id="all-statements-heading">{t.overview.allStatements}</h3>
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
