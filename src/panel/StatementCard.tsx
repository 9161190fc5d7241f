import { article, getArea } from '../data/dataset';
import type { Statement } from '../data/schema';
import { useI18n } from '../i18n/I18n';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { ComparisonLine } from '../figures/ComparisonLine';
import { Cite } from './Cite';
import { SourceLink, SourceList } from './SourceList';

type StatementCardProps = {
  statement: Statement;
  onSelect: (s: Selection) => void;
  headingLevel?: 3 | 4;
  /** Shown on its own page: the panel heading already names it, so the card has no title of its own. */
  standalone?: boolean;
};

export function StatementCard({ statement: s, onSelect, headingLevel = 3, standalone = false }: StatementCardProps) {
  const { t, fmt, lang } = useI18n();
  const Heading = `h${headingLevel}` as const;
  // Without JavaScript, a Cite button could do nothing: the prerendered page leaves the actions out.
  const isStatic = useStaticLinks();
  const titleId = standalone ? 'panel-title' : `statement-${s.id}-title`;
  return (
    <article className="statement" id={`statement-${s.id}`} aria-labelledby={titleId}>
      {!standalone && (
        <Heading id={titleId} className="statement-title">
          {s.title}
        </Heading>
      )}
      <dl className="facts">
        <dt>{t.statement.who}</dt>
        <dd>
          {s.speaker}, <span className="muted">{s.role}</span>
        </dd>
        <dt>{t.statement.when}</dt>
        <dd>
          <time dateTime={s.date}>{fmt.date(s.date)}</time>
          {s.dateNote && <p className="note">{s.dateNote}</p>}
        </dd>
        <dt>{t.statement.where}</dt>
        <dd>
          {t.venue[s.venueKind]}: {s.venue}
        </dd>
      </dl>

      <div className="wordings">
        <figure className="wording wording--article">
          <figcaption>
            {t.statement.articleWording}{' '}
            <span className="muted">{s.article.quoted ? t.statement.printedAsQuote : t.statement.paraphrase}</span>
          </figcaption>
          <blockquote cite={article.url} lang="en">
            <p>{s.article.text}</p>
          </blockquote>
          <p className="cite">
            — <SourceLink source={{ title: `${article.outlet}, ${article.headline}`, url: article.url }} />
          </p>
        </figure>
        {s.versions.map((v) => (
          <figure className="wording wording--source" key={v.label} lang={v.lang}>
            <figcaption lang={lang}>
              {v.label}
              {v.lang !== lang && <span className="muted"> ({t.langName[v.lang]})</span>}
            </figcaption>
            <blockquote cite={v.source.url}>
              <p>{v.text}</p>
            </blockquote>
            <p className="cite" lang={lang}>
              — <SourceLink source={v.source} />
            </p>
          </figure>
        ))}
        {s.versions.length === 0 && <p className="note">{t.statement.noPrimary}</p>}
      </div>

      <div className="difference">
        <p className="difference-label">{t.statement.differs}</p>
        <p>{s.difference}</p>
      </div>

      <ComparisonLine statementId={s.id} onSelect={onSelect} />
      <SourceList sources={s.sources} />

      {standalone && (
        <p className="concerns">
          {t.statement.concerns}{' '}
          {s.areaIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <SelectLink selection={{ kind: 'area', id }} onSelect={onSelect}>
                {getArea(id)?.properties.name}
              </SelectLink>
            </span>
          ))}
        </p>
      )}

      {!isStatic && (
        <div className="record-actions">
          {!standalone && (
            <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect} className="permalink">
              {t.statement.link}
            </SelectLink>
          )}
          <Cite item={{ kind: 'statement', record: s }} />
        </div>
      )}
    </article>
  );
}

/** A statement in brief: who, when, the article's words, and a link to the comparison with the sources. */
export function StatementSummary({ statement: s, onSelect }: { statement: Statement; onSelect: (s: Selection) => void }) {
  const { t, fmt } = useI18n();
  return (
    <article className="statement statement--brief" aria-labelledby={`statement-${s.id}-title`}>
      <h4 id={`statement-${s.id}-title`} className="statement-title">
        {s.title}
      </h4>
      <p className="muted">
        {s.speaker}, <time dateTime={s.date}>{fmt.date(s.date)}</time> · {t.venue[s.venueKind]}
      </p>
      <figure className="wording wording--article">
        <figcaption>
          {t.statement.articleWording}{' '}
          <span className="muted">{s.article.quoted ? t.statement.printedAsQuote : t.statement.paraphrase}</span>
        </figcaption>
        <blockquote cite={article.url} lang="en">
          <p>{s.article.text}</p>
        </blockquote>
      </figure>
      <p className="brief-link">
        <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
          {s.versions.length > 0 ? t.statement.compare : t.statement.compareNoWording}
        </SelectLink>
      </p>
    </article>
  );
}
