/**
 * What the figures say about one country against the world, computed from data/figures.json:
 * its rank in a USGS column, its share of the world total, the latest edition's columns, and what
 * changed between editions. Pure functions, shared by the build (the statements' comparison
 * line), the figures view and the tests.
 */
import type { Measure } from '../data/figures-constants';
import type { CountryValue, Figures, Publication, Series } from '../data/figures-schema';

/** Countries with a figure, largest first; ties keep the table's order. NA rows are left out. */
export function ranked(series: Series): (CountryValue & { value: number })[] {
  return series.rows
    .filter((r): r is CountryValue & { value: number } => r.value !== null)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.value - a.r.value || a.i - b.i)
    .map(({ r }) => r);
}

/** Countries USGS lists without a figure (printed NA). */
export function withoutFigure(series: Series): string[] {
  return series.rows.filter((r) => r.value === null).map((r) => r.country);
}

export type Rank = {
  /** 1 for the largest; countries with equal figures share a rank ("1224" ranking). */
  rank: number;
  /** How many countries have a figure in this column. */
  of: number;
};

/** A country's rank among those with a figure; null if it has none. */
export function rankOf(series: Series, country: string): Rank | null {
  const list = ranked(series);
  const own = list.find((r) => r.country === country);
  if (!own) return null;
  return { rank: list.filter((r) => r.value > own.value).length + 1, of: list.length };
}

export type Share = {
  /** Country figure ÷ world figure, 0–1. */
  share: number;
  /** True where the world total is a lower bound, so the share is at most this. */
  atMost: boolean;
};

/** A country's share of the world total; null if it has no figure. */
export function shareOf(series: Series, country: string): Share | null {
  const value = series.rows.find((r) => r.country === country)?.value;
  if (value === null || value === undefined) return null;
  return { share: value / series.world.value, atMost: series.world.bound === 'more-than' };
}

export function publicationOf(figures: Figures, series: Series): Publication {
  const p = figures.publications.find((x) => x.id === series.publication);
  if (!p) throw new Error(`no publication ${series.publication}`);
  return p;
}

/** The latest column for a measure: from the newest edition, then the latest year. */
export function latest(figures: Figures, measure: Measure): Series {
  const candidates = figures.series.filter((s) => s.measure === measure);
  const best = candidates.sort(
    (a, b) => publicationOf(figures, b).published.localeCompare(publicationOf(figures, a).published) || b.year - a.year,
  )[0];
  if (!best) throw new Error(`no series for ${measure}`);
  return best;
}

/** The same measure in the edition before `series`' edition, if the data holds one. */
export function previousEdition(figures: Figures, series: Series): Series | null {
  const published = publicationOf(figures, series).published;
  const older = figures.series
    .filter((s) => s.measure === series.measure && publicationOf(figures, s).published < published)
    .sort(
      (a, b) =>
        publicationOf(figures, b).published.localeCompare(publicationOf(figures, a).published) || b.year - a.year,
    );
  return older[0] ?? null;
}

export type Change = { country: string; before: number | null; after: number | null };

/** Countries whose figure differs between two columns, in the later column's order. */
export function changes(before: Series, after: Series): Change[] {
  const old = new Map(before.rows.map((r) => [r.country, r.value]));
  const countries = [...after.rows.map((r) => r.country), ...before.rows.map((r) => r.country)];
  return [...new Set(countries)]
    .map((country) => ({
      country,
      before: old.get(country) ?? null,
      after: after.rows.find((r) => r.country === country)?.value ?? null,
    }))
    .filter((c) => c.before !== c.after);
}

/** What the statements' comparison line says, worked out once at build time. */
export type Comparison = {
  /** The statements whose panels show the comparison. */
  statements: string[];
  country: string;
  edition: string;
  reserves: Rank & { year: number };
  /** The countries USGS lists in the same column without a figure (NA): the rank leaves them out. */
  without: string[];
  /** The country's rank in the edition before, where the data holds one. */
  previous: (Rank & { edition: string }) | null;
  production: Share & { year: number };
};

export function compare(figures: Figures, country: string): Comparison {
  const reserves = latest(figures, 'reserves');
  const production = latest(figures, 'mine-production');
  const rank = rankOf(reserves, country);
  const share = shareOf(production, country);
  if (!rank || !share) throw new Error(`${country} has no figure in ${reserves.id} or ${production.id}`);
  const publication = publicationOf(figures, reserves);
  const before = previousEdition(figures, reserves);
  const previousRank = before && rankOf(before, country);
  return {
    statements: figures.statements,
    country,
    edition: publication.title,
    reserves: { ...rank, year: reserves.year },
    without: withoutFigure(reserves),
    previous:
      before && previousRank
        ? { ...previousRank, edition: publicationOf(figures, before).published.slice(0, 4) }
        : null,
    production: { ...share, year: production.year },
  };
}
