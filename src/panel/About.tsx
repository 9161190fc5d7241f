import { article } from '../data/dataset';
import { useI18n, useI18nDetails } from '../i18n/I18n';
import { localArticle } from '../i18n/localize';
import { about } from '../i18n/messages/about';
import { ABOUT_ID } from './about-id';
import { Disclosure } from './Disclosure';
import { SourceLink } from './SourceList';
import { Glossed } from '../ui/Glossed';

/** The methods section, whole: for the text version, which cannot load it later. */
export function About() {
  const { t } = useI18n();
  return (
    <Disclosure id={ABOUT_ID} summary={t.about.summary}>
      <AboutBody />
    </Disclosure>
  );
}

/**
 * How the map was made, and the article that first reported the offer: its probable outlet and
 * date, the wire it rewrites, and every place where it slips. The app loads it when it is opened.
 */
export default function AboutBody() {
  const i18n = useI18nDetails();
  const { fmt } = i18n;
  const a = about[i18n.lang];
  const { slips, outletNote, dateNote, lineage } = localArticle(i18n, article);
  const note = (text: string) => <Glossed text={text} lang={i18n.lang} />;
  return (
    <>
      <h3>{a.methodsHeading}</h3>
      <ul className="methods">
        <li>{a.quotes}</li>
        <li>{a.points}</li>
        <li>{a.occupied}</li>
        <li>{a.sources}</li>
      </ul>
      <h3>{a.articleHeading}</h3>
      <p>
        {a.quoteOpen}
        <span lang="en">{article.headline}</span>
        {a.quoteClose}, <SourceLink source={{ title: article.outlet, url: article.url }} />,{' '}
        <time dateTime={article.date}>{fmt.date(article.date)}</time> {a.probableDate}
      </p>
      <p className="note">{note(outletNote)}</p>
      <p className="note">{note(dateNote)}</p>
      {lineage.length > 0 && (
        <>
          <h4>{a.lineage}</h4>
          <ul className="lineage">
            {lineage.map((l) => (
              <li key={l.url}>
                <SourceLink source={l} />: <span className="note">{note(l.note)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{a.slips}</h4>
      <ul className="slips">
        {slips.map((s) => (
          <li key={s}>{note(s)}</li>
        ))}
      </ul>
      {i18n.lang !== 'en' && <p className="note">{i18n.t.statement.glossNote}</p>}
    </>
  );
}
