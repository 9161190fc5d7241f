/** One USGS column as a chart with its table behind it, the countries it leaves out, and its source. */
import { FOCUS_COUNTRY } from '../data/figures-constants';
import type { Publication, Series } from '../data/figures-schema';
import { BarChart, type Bar } from './BarChart';
import { ranked } from './compare';
import { FigureTable } from './FigureTable';
import { useFigureWords } from './format';
import { Glossed } from '../ui/Glossed';
import type { FiguresViewMessages } from './view-messages';

type SeriesFigureProps = {
  series: Series;
  publication: Publication;
  title: string;
  valueColumn: string;
  formatValue: (n: number) => string;
  formatTick: (n: number) => string;
  axisUnit: string;
  t: FiguresViewMessages;
};

export function SeriesFigure({
  series,
  publication,
  title,
  valueColumn,
  formatValue,
  formatTick,
  axisUnit,
  t,
}: SeriesFigureProps) {
  // Zero-production countries would be bars of nothing: they are named below the chart instead.
  const words = useFigureWords(t.text);
  const bars: Bar[] = ranked(series)
    .filter((r) => r.value > 0)
    .map((r) => ({
      key: r.country,
      label: words.country(r.country),
      value: r.value,
      highlight: r.country === FOCUS_COUNTRY,
    }));
  const zero = series.rows.filter((r) => r.value === 0).map((r) => r.country);
  const missing = series.rows.filter((r) => r.value === null).map((r) => r.country);
  const notes = series.rows.filter((r) => r.note);
  const note = series.note ? words.text(series.note) : null;
  return (
    <figure className="series-figure" data-series={series.id}>
      <BarChart title={title} bars={bars} formatValue={formatValue} formatTick={formatTick} axisUnit={axisUnit} />
      <figcaption>
        {missing.length > 0 && <p className="note">{t.noFigure(words.list(missing))}</p>}
        {zero.length > 0 && <p className="note">{t.noProduction(words.list(zero))}</p>}
        {note && (
          <p className="note" lang={note.lang}>
            <Glossed text={note.text} lang={note.lang ?? words.lang} />
          </p>
        )}
        <p className="figure-source">
          {t.source}:{' '}
          <a href={publication.url} target="_blank" rel="noopener noreferrer" lang="en">
            {publication.publisher}, {publication.title}
          </a>
          {publication.table && (
            <>
              , <span lang="en">{publication.table}</span>
            </>
          )}
        </p>
      </figcaption>
      <details className="figure-details">
        <summary>{t.asTable}</summary>
        <FigureTable caption={title} valueColumn={valueColumn} series={series} bars={bars} t={t} />
        {notes.length > 0 && (
          <ul className="figure-notes">
            {notes.map((r) => {
              const n = words.text(r.note!);
              return (
                <li key={r.country}>
                  {words.country(r.country)}:{' '}
                  <span lang={n.lang}>
                    <Glossed text={n.text} lang={n.lang ?? words.lang} />
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </figure>
  );
}
