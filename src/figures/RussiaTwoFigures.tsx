/** USGS's reserve figure for Russia beside Rosnedra's, and why they differ. */
import { FOCUS_COUNTRY } from '../data/figures-constants';
import type { Figures, RussianFigure, Series } from '../data/figures-schema';
import { publicationOf } from './compare';
import { useFigureNumbers, useFigureWords } from './format';
import { Glossed } from '../ui/Glossed';
import type { FiguresViewMessages } from './view-messages';

type Props = { figures: Figures; reserves: Series; national: RussianFigure; t: FiguresViewMessages };

export function RussiaTwoFigures({ figures, reserves, national, t }: Props) {
  const { megatonnes } = useFigureNumbers(t.megatonnes);
  const words = useFigureWords(t.text);
  const said = words.text(national.said);
  const note = national.note ? words.text(national.note) : null;
  const usgs = reserves.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const usgsSource = publicationOf(figures, reserves);
  const russianSource = figures.publications.find((p) => p.id === national.publication)!;
  const publisher = words.text(russianSource.publisher);
  return (
    <>
      <dl className="two-figures">
        <div className="two-figures-item" data-figure="usgs">
          <dt>{t.usgsFigureLabel}</dt>
          <dd className="two-figures-value">{megatonnes(usgs)}</dd>
          <dd className="muted">{t.units[reserves.unit]}</dd>
          <dd className="figure-source">
            <a href={usgsSource.url} target="_blank" rel="noopener noreferrer">
              <span lang="en">{usgsSource.title}</span>
            </a>
          </dd>
        </div>
        <div className="two-figures-item two-figures-item--russian" data-figure="rosnedra">
          <dt>{t.russianFigureLabel}</dt>
          <dd className="two-figures-value">{megatonnes(national.value)}</dd>
          <dd className="muted">{t.units[national.unit]}</dd>
          <dd className="figure-source">
            <span lang={said.lang}>{said.text}</span>,{' '}
            <a href={russianSource.url} target="_blank" rel="noopener noreferrer">
              <span lang={publisher.lang}>{publisher.text}</span>
            </a>
            , {russianSource.published}
          </dd>
        </div>
      </dl>
      <p>{t.timesLarger(words.decimal(national.value / usgs))}</p>
      {note && (
        <p className="note" lang={note.lang}>
          <Glossed text={note.text} lang={note.lang ?? words.lang} />
        </p>
      )}
      <h4>{t.whyHeading}</h4>
      {t.why.map((p) => (
        <p key={p}>
          <Glossed text={p} lang={words.lang} />
        </p>
      ))}
    </>
  );
}
