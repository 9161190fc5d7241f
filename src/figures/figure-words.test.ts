/**
 * The figures view in Ukrainian and Russian: every country USGS lists has its name in each
 * language, and every text of data/figures.json a reader sees has its translation, made from the
 * English the data has now (a changed English note has no translation until it is translated again).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FiguresFile } from '../data/figures-schema';
import { COUNTRY_NAMES, countryList } from './country-names';
import { figuresView } from './view-messages';

const figures = FiguresFile.parse(JSON.parse(readFileSync('data/figures.json', 'utf8')));

/** Every text of the figures that the view shows and that is ours (not a publication's own title or table). */
function shownTexts(): string[] {
  const texts = [
    ...figures.series.flatMap((s) => [s.note, ...s.rows.map((r) => r.note)]),
    ...figures.russian.flatMap((r) => [r.label, r.said, r.note]),
    ...figures.deposits.flatMap((d) => [d.label, d.computed]),
    ...figures.publications.flatMap((p) => [
      p.version,
      ...p.notes,
      ...(p.kind === 'primary' ? [] : [p.title, p.publisher]),
    ]),
  ];
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t.length > 0))];
}

describe('the figures in Ukrainian and Russian', () => {
  const countries = [...new Set([...figures.series.flatMap((s) => s.rows.map((r) => r.country)), 'Ukraine'])];

  for (const lang of ['uk', 'ru'] as const) {
    it(`names every country in ${lang}`, () => {
      expect(countries.filter((c) => !COUNTRY_NAMES[lang][c])).toEqual([]);
      const list = (items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
      expect(countryList(lang, list, ['Burma', 'India', 'Thailand'])).toBe(
        lang === 'uk' ? 'М’янма, Індія і Таїланд' : 'Мьянма, Индия и Таиланд',
      );
    });

    it(`translates every note, label and caption in ${lang}, and nothing the data no longer has`, () => {
      const text = figuresView[lang].text;
      const shown = shownTexts();
      expect(shown.filter((t) => !text[t])).toEqual([]);
      expect(Object.keys(text).filter((t) => !shown.includes(t))).toEqual([]);
    });
  }

  it('keeps the English catalog free of translations', () => {
    expect(figuresView.en.text).toEqual({});
  });
});
