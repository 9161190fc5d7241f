/** The reserve figures that differ between two USGS editions. */
import type { Series } from '../data/figures-schema';
import { changes } from './compare';
import { useFigureNumbers, useFigureWords } from './format';
import type { FiguresViewMessages } from './view-messages';

type Props = { before: Series; after: Series; beforeTitle: string; afterTitle: string; t: FiguresViewMessages };

export function EditionChanges({ before, after, beforeTitle, afterTitle, t }: Props) {
  const { tonnes } = useFigureNumbers(t.megatonnes);
  const words = useFigureWords(t.text);
  const list = changes(before, after);
  const world = (s: Series) =>
    s.world.bound === 'more-than' ? t.worldMoreThan(tonnes(s.world.value)) : tonnes(s.world.value);
  return (
    <table className="figure-table edition-changes">
      <caption>{t.editionsIntro(beforeTitle, afterTitle)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.country}</th>
          <th scope="col" className="num">
            {t.before}
          </th>
          <th scope="col" className="num">
            {t.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((c) => (
          <tr key={c.country}>
            <th scope="row">{words.country(c.country)}</th>
            <td className="num">{c.before === null ? t.notAvailable : tonnes(c.before)}</td>
            <td className="num">{c.after === null ? t.notAvailable : tonnes(c.after)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.world}</th>
          <td className="num">{world(before)}</td>
          <td className="num">{world(after)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
