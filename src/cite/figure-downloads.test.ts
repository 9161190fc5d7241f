import { describe, expect, it } from 'vitest';
import { readValidFigures } from '../data/figures-read';
import { readValidData } from '../data/read-data';
import { parseCsv } from './__fixtures__/parse-csv';
import { BOM } from './csv';
import { figuresCsv, figuresJson } from './figure-downloads';

const figures = readValidFigures('.', readValidData());

describe('figures downloads', () => {
  it('figures.json holds the figures as validated, with a licence and the unit words', () => {
    const json = JSON.parse(figuresJson(figures)) as Record<string, unknown>;
    expect(json.license).toMatch(/CC BY 4\.0/);
    expect(json.series).toEqual(figures.series);
    expect(json.russian).toEqual(figures.russian);
    expect(json.deposits).toEqual(figures.deposits);
    expect(Object.keys(json.units as object)).toEqual(['t-reo', 't-tr2o3', 't-rem']);
  });

  it('figures.csv has one row per figure, each with a unit and a source URL', () => {
    const text = figuresCsv(figures);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(BOM.length));
    const at = (name: string) => header!.indexOf(name);
    const expected =
      figures.series.reduce((n, s) => n + s.rows.length + (s.other === null ? 0 : 1) + 1, 0) +
      figures.russian.length +
      figures.deposits.length;
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      expect(row[at('unit')]).toMatch(/metric tons/);
      expect(row[at('url')]).toMatch(/^https?:\/\//);
    }
    const russia2025 = rows.find(
      (r) => r[at('id')] === 'usgs-2026-production-2025' && r[at('country_or_deposit')] === 'Russia',
    )!;
    expect(russia2025[at('value')]).toBe('2600');
    const burma = rows.find((r) => r[at('id')] === 'usgs-2026-reserves' && r[at('country_or_deposit')] === 'Burma')!;
    expect(burma[at('value')]).toBe('');
    expect(burma[at('note')]).toMatch(/^not available/);
  });
});
