/**
 * The deposits' own figures, grouped by what they can be compared with: USGS's reserves, Rosnedra's
 * balance figure, or nothing. Where a figure is comparable it is shown as a share of the national one.
 */
import { COMPARABLE, FOCUS_COUNTRY, type Comparable } from '../data/figures-constants';
import type { Figures, RussianFigure, Series, SourcedDepositFigure } from '../data/figures-schema';
import { getDeposit } from '../data/dataset';
import { SelectLink } from '../ui/SelectLink';
import type { Selection } from '../state/url';
import { useI18n } from '../i18n/I18n';
import { depositName } from '../i18n/localize';
import { useFigureNumbers, useFigureWords } from './format';
import { Glossed } from '../ui/Glossed';
import type { FiguresViewMessages } from './view-messages';

type Row = {
  id: string;
  label: { text: string; lang: 'en' | undefined };
  depositId: string | null;
  value: number;
  approximate: boolean;
  basis: SourcedDepositFigure['basis'];
  /** What the row's note says, in parts: who said it and our note, or how it was computed. */
  notes: { text: string; lang: 'en' | undefined }[];
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
  const i18n = useI18n();
  const tr = i18n.t;
  const words = useFigureWords(t.text);
  const said = (who: string) => {
    const w = words.text(who);
    return { ...w, text: `${w.text}.` };
  };
  const usgs = reserves.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const rows: Row[] = [
    ...figures.russian
      .filter((f) => f.depositId)
      .map((f) => {
        const p = figures.publications.find((x) => x.id === f.publication)!;
        return {
          ...f,
          label: words.text(f.label),
          notes: [said(f.said), ...(f.note ? [words.text(f.note)] : [])],
          source: { title: `${p.publisher}, ${p.published}`, url: p.url },
        };
      }),
    ...figures.deposits.map((f) => {
      const how = f.computed ? words.text(f.computed) : null;
      return {
        ...f,
        label: words.text(f.label),
        notes: how ? [{ text: t.computed(how.text), lang: how.lang }] : [],
      };
    }),
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
                        {depositName(i18n, getDeposit(r.depositId) ?? { id: r.depositId, name: r.depositId })}
                      </SelectLink>
                    ) : null}
                    <span className="figure-row-label" lang={r.label.lang}>
                      {r.label.text}
                    </span>
                    <span className="muted figure-row-basis">{t.bases[r.basis]}</span>
                    {r.notes.length > 0 && (
                      <span className="note figure-row-note">
                        {r.notes.map((n, i) => (
                          <span key={n.text} lang={n.lang}>
                            {i > 0 && ' '}
                            <Glossed text={n.text} lang={n.lang ?? words.lang} />
                          </span>
                        ))}
                      </span>
                    )}
                    <a
                      className="figure-row-source"
                      href={r.source.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      lang="en"
                    >
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
