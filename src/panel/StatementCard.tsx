import { article, getArea } from '../data/dataset';
import type { Statement } from '../data/schema';
import type { Selection } from '../state/selection';
import { Cite } from './Cite';
import { formatDate } from './format';
import { useStaticLinks } from './LinkMode';
import { SelectLink } from './SelectLink';
import { SourceLink, SourceList } from './SourceList';

const VENUE_LABELS: Record<Statement['venueKind'], string> = {
  briefing: 'Briefing',
  interview: 'Interview',
  post: 'Social media post',
  report: 'Report',
  document: 'Document',
};

const LANG_NAMES = { en: 'English', ru: 'Russian', uk: 'Ukrainian' } as const;

type StatementCardProps = {
  statement: Statement;
  onSelect: (s: Selection) => void;
  headingLevel?: 3 | 4;
  /** Shown on its own page: the panel heading already names it, so the card has no title of its own. */
  standalone?: boolean;
};

export function StatementCard({ statement: s, onSelect, headingLevel = 3, standalone = false }: StatementCardProps) {
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
        <dt>Who</dt>
        <dd>
          {s.speaker}, <span className="muted">{s.role}</span>
        </dd>
        <dt>When</dt>
        <dd>
          <time dateTime={s.date}>{formatDate(s.date)}</time>
          {s.dateNote && <p className="note">{s.dateNote}</p>}
        </dd>
        <dt>Where</dt>
        <dd>
          {VENUE_LABELS[s.venueKind]}: {s.venue}
        </dd>
      </dl>
      <div className="wordings">
        <figure className="wording wording--article">
          <figcaption>
            The article's wording{' '}
            <span className="muted">{s.article.quoted ? '(printed as a quote)' : '(paraphrase)'}</span>
          </figcaption>
          <blockquote cite={article.url}>
            <p>{s.article.text}</p>
          </blockquote>
          <p className="cite">
            — <SourceLink source={{ title: `${article.outlet}, ${article.headline}`, url: article.url }} />
          </p>
        </figure>
        {s.versions.map((v) => (
          <figure className="wording wording--source" key={v.label} lang={v.lang}>
            <figcaption lang="en">
              {v.label}
              {v.lang !== 'en' && <span className="muted"> ({LANG_NAMES[v.lang]})</span>}
            </figcaption>
            <blockquote cite={v.source.url}>
              <p>{v.text}</p>
            </blockquote>
            <p className="cite" lang="en">
              — <SourceLink source={v.source} />
            </p>
          </figure>
        ))}
        {s.versions.length === 0 && (
          <p className="note">No primary wording: this is background the article reports, not a quotation.</p>
        )}
      </div>
      <div className="difference">
        <p className="difference-label">How the article differs from the sources</p>
        <p>{s.difference}</p>
      </div>
      <SourceList sources={s.sources} />
      {standalone && (
        <p className="concerns">
          Concerns:{' '}
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
            Link to this statement
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
  return (
    <article className="statement statement--brief" aria-labelledby={`statement-${s.id}-title`}>
      <h4 id={`statement-${s.id}-title`} className="statement-title">
        {s.title}
      </h4>
      <p className="muted">
        {s.speaker}, <time dateTime={s.date}>{formatDate(s.date)}</time> · {VENUE_LABELS[s.venueKind]}
      </p>
      <figure className="wording wording--article">
        <figcaption>
          The article's wording <span className="muted">{s.article.quoted ? '(printed as a quote)' : '(paraphrase)'}</span>
        </figcaption>
        <blockquote cite={article.url}>
          <p>{s.article.text}</p>
        </blockquote>
      </figure>
      <p className="brief-link">
        <SelectLink selection={{ kind: 'statement', id: s.id }} onSelect={onSelect}>
          {s.versions.length > 0 ? 'Compare with the source’s wording, see the sources, cite' : 'How this differs from the record, sources, cite'}
        </SelectLink>
      </p>
    </article>
  );
}
