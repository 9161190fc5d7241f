/**
 * The figures view (`?show=figures`): Russia's rare-earth reserves and mine production beside the
 * world's, by USGS's count; Russia's own figure beside USGS's; the deposits' figures in context.
 * Loaded on demand with its chart code and its data, never on the first view.
 */
import { useEffect } from 'react';
import { FOCUS_COUNTRY, OTHER_COUNTRIES } from '../data/figures-constants';
import { getDeposit } from '../data/dataset';
import type { Figures, Publication } from '../data/figures-schema';
import type { Selection } from '../state/url';
import { figures } from '../data/figures.gen';
import { compare, latest, previousEdition, publicationOf, rankOf } from './compare';
import { DepositFigures } from './DepositFigures';
import { EditionChanges } from './EditionChanges';
import { FigureSources } from './FigureSources';
import { useI18n } from '../i18n/I18n';
import { depositName } from '../i18n/localize';
import { useFigureNumbers, useFigureWords } from './format';
import { useSection } from '../i18n/sections';
import { figuresView } from './view-messages';
import { RussiaTwoFigures } from './RussiaTwoFigures';
import { SeriesFigure } from './SeriesFigure';
import './figures.css';

/** Within 5%, a deposit's balance categories added up are taken to be what a rounded official figure counts. */
const CLOSE = 0.05;

/** Charts' tables are folded away on screen; a printout shows them open. */
function useOpenDetailsForPrint() {
  useEffect(() => {
    const closed: HTMLDetailsElement[] = [];
    function open() {
      document.querySelectorAll<HTMLDetailsElement>('details.figure-details:not([open])').forEach((d) => {
        d.open = true;
        closed.push(d);
      });
    }
    function restore() {
      closed.splice(0).forEach((d) => (d.open = false));
    }
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, []);
}

export default function FiguresView({ onSelect }: { onSelect: (s: Selection) => void }) {
  const t = useSection(figuresView);
  const { tonnes, megatonnes } = useFigureNumbers(t.megatonnes);
  useOpenDetailsForPrint();
  const i18n = useI18n();
  const tr = i18n.t;
  const words = useFigureWords(t.text);
  const ordinal = tr.figures.ordinal;
  const reserves = latest(figures, 'reserves');
  const production = latest(figures, 'mine-production');
  const previous = previousEdition(figures, reserves);
  const edition = publicationOf(figures, reserves);
  const summary = compare(figures, FOCUS_COUNTRY);
  const russiaReserves = reserves.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const russiaProduction = production.rows.find((r) => r.country === FOCUS_COUNTRY)!.value!;
  const national = figures.russian.find((f) => f.depositId === null)!;
  const checks = balanceChecks(figures);
  const previousRank = previous && rankOf(previous, FOCUS_COUNTRY);
  const listed = new Set(figures.series.flatMap((s) => s.rows.map((r) => r.country)));
  return (
    <div className="figures-view">
      <p className="figures-intro">
        {t.intro(
          megatonnes(russiaReserves),
          ordinal(summary.reserves.rank),
          summary.reserves.of,
          t.withTonnes(tonnes(russiaProduction)),
          production.year,
          tr.figures.share(summary.production.share, summary.production.atMost),
        )}
      </p>

      <section aria-labelledby="figures-reserves">
        <h3 id="figures-reserves">{t.reservesHeading}</h3>
        <SeriesFigure
          series={reserves}
          publication={edition}
          title={t.reservesChart(edition.title)}
          valueColumn={t.reservesColumn}
          formatValue={megatonnes}
          formatTick={(n) => words.decimal(n / 1e6)}
          axisUnit={t.megatonnes}
          t={t}
        />
        {OTHER_COUNTRIES.filter((c) => !listed.has(c)).map((c) => (
          <p className="note" key={c}>
            {t.notListed(words.country(c))}
          </p>
        ))}
      </section>

      <section aria-labelledby="figures-production">
        <h3 id="figures-production">{t.productionHeading(production.year)}</h3>
        <SeriesFigure
          series={production}
          publication={publicationOf(figures, production)}
          title={t.productionChart(production.year, publicationOf(figures, production).title)}
          valueColumn={t.productionColumn(production.year)}
          formatValue={(n) => t.withTonnes(tonnes(n))}
          formatTick={(n) => (n >= 1000 ? t.thousands(words.decimal(n / 1000)) : words.decimal(n))}
          axisUnit={t.tonnes}
          t={t}
        />
      </section>

      <section aria-labelledby="figures-two">
        <h3 id="figures-two">{t.twoFiguresHeading}</h3>
        <RussiaTwoFigures figures={figures} reserves={reserves} national={national} t={t} />
        {checks.map((c) => {
          const deposit = getDeposit(c.depositId);
          const name = deposit ? depositName(i18n, deposit) : c.depositId;
          const close = Math.abs(c.sum - c.stated) <= CLOSE * c.stated;
          return (
            <p key={c.depositId}>
              {(close ? t.balanceCheckClose : t.balanceCheckApart)(name, megatonnes(c.sum), megatonnes(c.stated))}
            </p>
          );
        })}
      </section>

      <section aria-labelledby="figures-deposits">
        <h3 id="figures-deposits">{t.depositsHeading}</h3>
        <DepositFigures figures={figures} reserves={reserves} national={national} t={t} onSelect={onSelect} />
      </section>

      {previous && (
        <section aria-labelledby="figures-editions">
          <h3 id="figures-editions">{t.editionsHeading}</h3>
          <EditionChanges
            before={previous}
            after={reserves}
            beforeTitle={editionYear(publicationOf(figures, previous))}
            afterTitle={editionYear(edition)}
            t={t}
          />
          {previousRank && (
            <p className="note">
              {t.rankInEditions(
                words.country(FOCUS_COUNTRY),
                t.rankIn(ordinal(previousRank.rank), previousRank.of, editionYear(publicationOf(figures, previous!))),
                t.rankIn(ordinal(summary.reserves.rank), summary.reserves.of, editionYear(edition)),
              )}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="figures-sources">
        <h3 id="figures-sources">{t.sourcesHeading}</h3>
        <FigureSources publications={figures.publications} t={t} />
      </section>
    </div>
  );
}

/** "2026-02-06" → "2026": an edition is known by the year it came out. */
function editionYear(p: Publication): string {
  return p.published.slice(0, 4);
}

/**
 * For each deposit Rosnedra gives a figure for, and whose record gives its balance in categories
 * A+B+C1 and C2: those two added up, beside Rosnedra's figure.
 */
function balanceChecks(f: Figures): { depositId: string; sum: number; stated: number }[] {
  return f.russian.flatMap((r) => {
    const parts = f.deposits.filter(
      (d) => d.depositId === r.depositId && (d.basis === 'balance-abc1' || d.basis === 'balance-c2'),
    );
    if (!r.depositId || parts.length < 2) return [];
    return [{ depositId: r.depositId, sum: parts.reduce((t, d) => t + d.value, 0), stated: r.value }];
  });
}
