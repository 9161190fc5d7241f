/**
 * The deposits' own figures, grouped by what they can be compared with: USGS's reserves, Rosnedra's
 * balance figure, or nothing. Where a figure is comparable it is shown as a share of the national one.
 */
import { COMPARABLE, FOCUS_COUNTRY, type Comparable } from '../data/figures-constants';
import type { Figures, RussianFigure, Series, SourcedDepositFigure } from '../data/figures-schema';
import { getDeposit } from '../data/dataset';
import { SelectLink } from '../ui/SelectLink';
import type { Selection } from '../state/url';
import { useT } from '../i18n/I18n';
import { useFigureNumbers } from './format';
import type { FiguresViewMessages } from './view-messages';

type Row = {
  id: string;
  label: string;
  depositId: string | null;
  value: number;
  approximate: boolean;
  basis: SourcedDepositFigure['basis'];
  note: string | null;
  source: { title: string; url: string };
};

type Props = {
  figures: Figures;
  reserves: Series;
  national: RussianFigure;
  t: FiguresViewMessages;
  onSelect: (s: Selection) => void;
};

const ORDER: Comparable[] = ['usgs-reserves', 'russian-balance', 'none'];

export function DepositFigures({ figures, reserves, national, t, onSelect }: Props) {
  const { megatonnes } = useFigureNumbers(t.megatonnes);
  const tr = useT();
  const usgs = reserves.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const rows: Row[] = [
    ...figures.russian
      .filter((f) => f.depositId)
      .map((f) => {
        const p = figures.publications.find((x) => x.id === f.publication)!;
        return {
          ...f,
          note: `${f.said}. ${f.note ?? ''}`.trim(),
          source: { title: `${p.publisher}, ${p.published}`, url: p.url },
        };
      }),
    ...figures.deposits.map((f) => ({ ...f, note: f.computed ? t.computed(f.computed) : null })),
  ];
  function context(r: Row): string {
    const kind = COMPARABLE[r.basis];
    if (kind === 'usgs-reserves') return t.shareOfUsgs(tr.figures.share(r.value / usgs, false), megatonnes(usgs));
    if (kind === 'russian-balance')
      return t.shareOfRosnedra(tr.figures.share(r.value / national.value, false), megatonnes(national.value));
    return t.notComparable;
  }
  return (
    <>
      <p>{t.depositsIntro}</p>
      {ORDER.map((kind) => {
        const group = rows.filter((r) => COMPARABLE[r.basis] === kind);
        if (group.length === 0) return null;
        return (
          <table className="figure-table deposit-figures" key={kind} data-comparable={kind}>
            <caption>{t.comparable[kind]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.depositColumn}</th>
                <th scope="col" className="num">
                  {t.amountColumn}
                </th>
                <th scope="col">{t.comparableColumn}</th>
              </tr>
            </thead>
            <tbody>
              {group.map((r) => (
                <tr key={r.id} data-figure={r.id}>
                  <th scope="row">
                    {r.depositId ? (
                      <SelectLink selection={{ kind: 'deposit', id: r.depositId }} onSelect={onSelect}>
                        {getDeposit(r.depositId)?.name ?? r.depositId}
                      </SelectLink>
                    ) : null}
                    <span className="figure-row-label">{r.label}</span>
                    <span className="muted figure-row-basis">{t.bases[r.basis]}</span>
                    {r.note && <span className="note figure-row-note">{r.note}</span>}
                    <a className="figure-row-source" href={r.source.url} target="_blank" rel="noopener noreferrer">
                      {r.source.title}
                    </a>
                  </th>
                  <td className="num">
                    {r.approximate ? `${t.about} ` : ''}
                    {megatonnes(r.value)}
                  </td>
                  <td>{context(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
