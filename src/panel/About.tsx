import { article } from '../data/dataset';
import { useI18n } from '../i18n/I18n';
import { ABOUT_ID } from './about-id';
import { Disclosure } from './Disclosure';
import { SourceLink } from './SourceList';

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
  const { t, fmt } = useI18n();
  return (
    <>
      <h3>{t.about.methodsHeading}</h3>
      <ul className="methods">
        <li>{t.about.quotes}</li>
        <li>{t.about.points}</li>
        <li>{t.about.occupied}</li>
        <li>{t.about.sources}</li>
      </ul>
      <h3>{t.about.articleHeading}</h3>
      <p>
        “{article.headline}”, <SourceLink source={{ title: article.outlet, url: article.url }} />,{' '}
        <time dateTime={article.date}>{fmt.date(article.date)}</time> {t.overview.probableDate}
      </p>
      <p className="note">{article.outletNote}</p>
      <p className="note">{article.dateNote}</p>
      {article.lineage.length > 0 && (
        <>
          <h4>{t.about.lineage}</h4>
          <ul className="lineage">
            {article.lineage.map((l) => (
              <li key={l.url}>
                <SourceLink source={l} />: <span className="note">{l.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t.overview.slips}</h4>
      <ul className="slips">
        {article.slips.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}
