/**
 * The figures as downloadable files: figures.json as the map holds them (with each deposit
 * figure's source), and figures.csv with one row per figure, its unit and its source.
 */
import { COMPARABLE } from '../data/figures-constants';
import type { Figures } from '../data/figures-schema';
import { figuresViewEn } from '../figures/view-messages';

// The files are written in English, with the words the English view uses.
const { units: UNIT_LABELS, bases: BASIS_LABELS } = figuresViewEn;
import { DATA_VERSION_DATE, MAP_TITLE } from './citation';
import { toCsv } from './csv';

/** Licence text of the figure files; the figures themselves belong to USGS and the agencies quoted. */
export const FIGURES_LICENCE =
  'Compilation: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). USGS figures are U.S. public domain; other figures belong to their sources.';
const ATTRIBUTION = `${MAP_TITLE} (data version ${DATA_VERSION_DATE})`;

/** figures.json: the publications, USGS's columns, Russia's figures and the deposits' figures. */
export function figuresJson(figures: Figures): string {
  return `${JSON.stringify({ license: FIGURES_LICENCE, attribution: ATTRIBUTION, units: UNIT_LABELS, ...figures }, null, 2)}\n`;
}

const FIGURE_COLUMNS = [
  'kind',
  'id',
  'measure',
  'country_or_deposit',
  'year',
  'value',
  'bound',
  'unit',
  'basis',
  'comparable_with',
  'publisher',
  'publication',
  'table',
  'url',
  'note',
] as const;

type Row = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

type Estimate = Figures['russian'][number] | Figures['deposits'][number];

/** The columns a Russian official figure and a deposit's figure fill alike. */
function estimateColumns(f: Estimate) {
  return {
    id: f.id,
    country_or_deposit: f.label,
    year: f.asOf,
    value: f.value,
    bound: f.approximate ? 'about' : null,
    unit: UNIT_LABELS[f.unit],
    basis: BASIS_LABELS[f.basis],
    comparable_with: COMPARABLE[f.basis],
  };
}

/** figures.csv: one row per figure; an NA in a USGS table is an empty value with the note "not available". */
export function figuresCsv(figures: Figures): string {
  const pub = new Map(figures.publications.map((p) => [p.id, p]));
  const rows: Row[] = [];
  for (const s of figures.series) {
    const p = pub.get(s.publication)!;
    const base = {
      kind: 'usgs',
      measure: s.measure,
      year: s.year,
      unit: UNIT_LABELS[s.unit],
      basis: s.measure === 'reserves' ? 'USGS reserves' : 'USGS mine production',
      comparable_with: null,
      publisher: p.publisher,
      publication: p.title,
      table: p.table,
      url: p.url,
    };
    for (const r of s.rows)
      rows.push({
        ...base,
        id: s.id,
        country_or_deposit: r.country,
        value: r.value,
        bound: null,
        note: r.value === null ? ['not available', r.note].filter(Boolean).join('; ') : r.note,
      });
    if (s.other !== null)
      rows.push({ ...base, id: s.id, country_or_deposit: 'Other countries', value: s.other, bound: null, note: null });
    rows.push({
      ...base,
      id: s.id,
      country_or_deposit: 'World total',
      value: s.world.value,
      bound: s.world.bound,
      note: s.note,
    });
  }
  for (const f of figures.russian) {
    const p = pub.get(f.publication)!;
    rows.push({
      ...estimateColumns(f),
      kind: 'russian-official',
      measure: 'reserves',
      publisher: p.publisher,
      publication: p.title,
      table: p.table,
      url: p.url,
      note: [f.said, f.note].filter(Boolean).join('. '),
    });
  }
  for (const f of figures.deposits)
    rows.push({
      ...estimateColumns(f),
      kind: 'deposit',
      measure: 'reserves or resources',
      publisher: null,
      publication: f.source.title,
      table: null,
      url: f.source.url,
      note: f.computed ? `Computed: ${f.computed}` : null,
    });
  return toCsv(FIGURE_COLUMNS, rows);
}
