import { article } from '../data/dataset';
import { briefStatement, keyWordings } from '../data/brief';
import type { Statement } from '../data/schema';
import { useI18n, useI18nDetails, useT } from '../i18n/I18n';
import { localStatement } from '../i18n/localize';
import { placeLinks } from './place-links';
import type { Selection } from '../state/url';
import { LoadFailed } from '../ui/LoadFailed';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { ComparisonLine } from '../figures/ComparisonLine';
import { CardActions } from './CardActions';
import { Disclosure } from './Disclosure';
import { KeyQuote } from './KeyQuote';
import { SourceLink, SourceList } from './SourceList';
import { useStatementRecords } from './useDepositRecord';
import { Glossed } from '../ui/Glossed';

type StatementCardProps = {
  statement: Statement;
  onSelect: (s: Selection) => void;
  headingLevel?: 3 | 4;
  /** Shown on its own page: the panel heading already names it, so the card has no title of its own. */
  standalone?: boolean;
};

/** A statement's full record, once its file has loaded; a clear message and a retry if it fails. */
export default function StatementRecord({ id, onSelect }: { id: string; onSelect: (s: Selection) => void }) {
  const t = useT();
  const [state, retry] = useStatementRecords();
  if (state.status === 'loading') return <p className="note">{t.card.loadingStatement}</p>;
  if (state.status === 'error') return <LoadFailed what={t.card.statement} onRetry={retry} />;
  const record = state.value.find((r) => r.id === id);
  return record ? <StatementCard statement={record} onSelect={onSelect} standalone /> : null;
}

/**
 * A statement as a news graphic gives it: who said it and when, the key quote, the actions, and how
 * the article's wording differs; every wording side by side, and the sources, one click away. The
 * text version (no JavaScript) opens every wording and repeats none as a lead.
 */
export function StatementCard({ statement, onSelect, headingLevel = 3, standalone = false }: StatementCardProps) {
  // Its role, venue and notes come with the language's detailed translations.
  const i18n = useI18nDetails();
  const { t, fmt, lang } = i18n;
  const s = localStatement(i18n, statement);
  const Heading = `h${headingLevel}` as const;
  const isStatic = useStaticLinks();
  const titleId = standalone ? 'panel-title' : `statement-${s.id}-title`;
  return (
    <article className="statement card" id={`statement-${s.id}`} aria-labelledby={titleId}>
      {!standalone && (
        <Heading id={titleId} className="statement-title">
          {s.title}
        </Heading>
      )}
      <p className="card-summary">
        {s.speaker} · <time dateTime={s.date}>{fmt.date(s.date)}</time> · {t.venue[s.venueKind]}
      </p>
      {!isStatic && <KeyQuote statement={briefStatement(s, lang)} beside={keyWordings(s, lang)?.beside} />}
      <CardActions item={{ kind: 'statement', record: s }} title={s.title} />
      <div className="difference">
        <p className="difference-label">{t.card.differs}</p>
        <p>
          <Glossed text={s.difference} lang={i18n.lang} />
        </p>
        {lang !== 'en' && <p className="note">{t.statement.glossNote}</p>}
      </div>
      <ComparisonLine statementId={s.id} onSelect={onSelect} />
      {standalone && <Concerns statement={s} onSelect={onSelect} />}
      <Disclosure
        id={`statement-${s.id}-wordings`}
        open={isStatic}
        summary={s.versions.length > 0 ? t.card.allWordings(1 + s.versions.length) : t.card.articleWordingOnly}
      >
        <Wordings statement={s} />
      </Disclosure>
      <Disclosure id={`statement-${s.id}-sources`} summary={t.card.whoWhenWhere(s.sources.length)}>
        <dl className="facts">
          <dt>{t.statement.who}</dt>
          <dd>
            {s.speaker}, <span className="muted">{s.role}</span>
          </dd>
          <dt>{t.statement.when}</dt>
          <dd>
            <time dateTime={s.date}>{fmt.date(s.date)}</time>
            {s.dateNote && (
              <p className="note">
                <Glossed text={s.dateNote} lang={i18n.lang} />
              </p>
            )}
          </dd>
          <dt>{t.statement.where}</dt>
          <dd>
            {t.venue[s.venueKind]}: {s.venue}
          </dd>
        </dl>
        <SourceList sources={s.sources} />
      </Disclosure>
    </article>
  );
}

/** The places a statement concerns, as links, and the countries it concerns as a whole. */
function Concerns({ statement: s, onSelect }: { statement: Statement; onSelect: (s: Selection) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const links = placeLinks(i18n, s);
  return (
    <p className="concerns">
      {t.statement.concerns}{' '}
      {links.map((l, i) => (
        <span key={l.key}>
          {i > 0 && ', '}
          <SelectLink selection={l.selection} onSelect={onSelect}>
            {l.name}
          </SelectLink>
        </span>
      ))}
      {s.countries.map((c, i) => (
        <span key={c}>
          {(links.length > 0 || i > 0) && ', '}
          {t.countryWhole[c]}
        </span>
      ))}
    </p>
  );
}

/** The article's wording beside each source's, each exactly as printed. */
function Wordings({ statement: s }: { statement: Statement }) {
  const { t } = useI18n();
  return (
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
        <figure className="wording wording--source" key={v.label}>
          {/* The label names the wording's language (checked in the data's tests). */}
          <figcaption>{v.label}</figcaption>
          <blockquote cite={v.source.url} lang={v.lang}>
            <p>{v.text}</p>
          </blockquote>
          <p className="cite">
            — <SourceLink source={v.source} />
          </p>
        </figure>
      ))}
      {s.versions.length === 0 && <p className="note">{t.statement.noPrimary}</p>}
    </div>
  );
}
