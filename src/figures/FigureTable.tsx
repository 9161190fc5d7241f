/** The table behind a chart: the same countries and values, the rows USGS gives beyond them, and the world total. */
import type { Series } from '../data/figures-schema';
import type { Bar } from './BarChart';
import { shareOf } from './compare';
import { useT } from '../i18n/I18n';
import { useFigureNumbers } from './format';
import type { FiguresViewMessages } from './view-messages';

type FigureTableProps = { caption: string; valueColumn: string; series: Series; bars: Bar[]; t: FiguresViewMessages };

export function FigureTable({ caption, valueColumn, series, bars, t }: FigureTableProps) {
  const { tonnes } = useFigureNumbers(t.megatonnes);
  const tr = useT();
  const world =
    series.world.bound === 'more-than' ? t.worldMoreThan(tonnes(series.world.value)) : tonnes(series.world.value);
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.country}</th>
          <th scope="col" className="num">
            {valueColumn}
          </th>
          <th scope="col" className="num">
            {t.shareColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => {
          const s = shareOf(series, b.key);
          return (
            <tr key={b.key} className={b.highlight ? 'highlight' : undefined} data-label={b.key} data-value={b.value}>
              <th scope="row">{b.label}</th>
              <td className="num">{tonnes(b.value)}</td>
              <td className="num">{s ? tr.figures.share(s.share, s.atMost) : ''}</td>
            </tr>
          );
        })}
        {series.other !== null && (
          <tr>
            <th scope="row">{t.otherCountries}</th>
            <td className="num">{tonnes(series.other)}</td>
            <td className="num">
              {tr.figures.share(series.other / series.world.value, series.world.bound === 'more-than')}
            </td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.world}</th>
          <td className="num">{world}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
