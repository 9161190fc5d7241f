/** USGS's reserve figure for Russia beside Rosnedra's, and why they differ. */
import { FOCUS_COUNTRY } from '../data/figures-constants';
import type { Figures, RussianFigure, Series } from '../data/figures-schema';
import { publicationOf } from './compare';
import { useFigureNumbers } from './format';
import type { FiguresViewMessages } from './view-messages';

const TIMES = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

type Props = { figures: Figures; reserves: Series; national: RussianFigure; t: FiguresViewMessages };

export function RussiaTwoFigures({ figures, reserves, national, t }: Props) {
  const { megatonnes } = useFigureNumbers(t.megatonnes);
  const usgs = reserves.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const usgsSource = publicationOf(figures, reserves);
  const russianSource = figures.publications.find((p) => p.id === national.publication)!;
  return (
    <>
      <dl className="two-figures">
        <div className="two-figures-item" data-figure="usgs">
          <dt>{t.usgsFigureLabel}</dt>
          <dd className="two-figures-value">{megatonnes(usgs)}</dd>
          <dd className="muted">{t.units[reserves.unit]}</dd>
          <dd className="figure-source">
            <a href={usgsSource.url} target="_blank" rel="noopener noreferrer">
              {usgsSource.title}
            </a>
          </dd>
        </div>
        <div className="two-figures-item two-figures-item--russian" data-figure="rosnedra">
          <dt>{t.russianFigureLabel}</dt>
          <dd className="two-figures-value">{megatonnes(national.value)}</dd>
          <dd className="muted">{t.units[national.unit]}</dd>
          <dd className="figure-source">
            {national.said},{' '}
            <a href={russianSource.url} target="_blank" rel="noopener noreferrer">
              {russianSource.publisher}
            </a>
            , {russianSource.published}
          </dd>
        </div>
      </dl>
      <p>{t.timesLarger(TIMES.format(national.value / usgs))}</p>
      {national.note && <p className="note">{national.note}</p>}
      <h4>{t.whyHeading}</h4>
      {t.why.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </>
  );
}
