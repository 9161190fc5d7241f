import type { ComponentType, ReactNode } from 'react';
import { DOWNLOAD_FILES, DOWNLOADS_DIR } from '../cite/download-files';
import { compareIso } from '../data/constants';
import { areas, article as sourceArticle, depositsIn, statements, statementsFor } from '../data/dataset';
import { areaName, localArticle } from '../i18n/localize';
import { useI18n } from '../i18n/I18n';
import { useAddress } from '../state/useUrl';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';
import { ABOUT_ID } from './about-id';
import { StatementSummary, type StatementViewProps } from './StatementSummary';
import { Glossed } from '../ui/Glossed';

/** The statements in the order they were made (the data's order within a day). */
const IN_ORDER = [...statements].sort((a, b) => compareIso(a.date, b.date));

type OverviewProps = {
  onSelect: (s: Selection) => void;
  /**
   * How each statement is shown: the app lists it briefly, one step from its full record; the text
   * version cannot take that step, so it prints every statement in full.
   */
  Statement?: ComponentType<StatementViewProps>;
  /** The methods section: the app loads its text when it is opened, the text version prints it whole. */
  about: ReactNode;
};

/** The story in the map's own voice: the dek, the six areas, what was said in order; the methods one click away. */
export function Overview({ onSelect, Statement = StatementSummary, about }: OverviewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { root } = useAddress();
  const [dek, ...body] = localArticle(i18n, sourceArticle).summary;
  return (
    <>
      <p className="dek">{dek}</p>
      {body.map((p) => (
        <p key={p}>
          <Glossed text={p} lang={i18n.lang} />
        </p>
      ))}
      <p className="about-link">
        <a href={`#${ABOUT_ID}`}>{t.about.linkText}</a>
        {t.about.linkAfter}
      </p>

      <section aria-labelledby="areas-heading">
        <h3 id="areas-heading">{t.overview.areas}</h3>
        <ul className="area-list">
          {areas.map((a) => (
            <li key={a.id}>
              <SelectLink selection={{ kind: 'area', id: a.id }} onSelect={onSelect}>
                {areaName(i18n, a)}
              </SelectLink>
              <span className="muted">
                {' · '}
                {t.count.deposits(depositsIn(a.id).length)} · {t.count.statements(statementsFor(a.id).length)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="all-statements-heading">
        <h3 id="all-statements-heading">{t.overview.inOrder}</h3>
        {IN_ORDER.map((s) => (
          <Statement key={s.id} statement={s} onSelect={onSelect} />
        ))}
        <p className="timeline-link">
          <SelectLink selection={{ kind: 'timeline', event: null }} onSelect={onSelect}>
            {t.overview.timelineLink}
          </SelectLink>
        </p>
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
              <a href={`${root}${DOWNLOADS_DIR}/${f.file}`} download type={f.mime}>
                {t.downloads[f.file]}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {about}
    </>
  );
}
