import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES } from '../i18n/langs';
import { en } from '../i18n/messages/en';
import { ru } from '../i18n/messages/ru';
import { uk } from '../i18n/messages/uk';
import { formatsFor } from './format';

const fmt = formatsFor(en);

describe('format', () => {
  it('formats dates with the weekday, in UTC', () => {
    expect(fmt.date('2025-02-24')).toBe('Monday 24 February 2025');
    expect(fmt.date('2025-02-25')).toBe('Tuesday 25 February 2025');
  });

  it('formats partial dates at their own precision', () => {
    expect(fmt.partialDate('2020')).toBe('2020');
    expect(fmt.partialDate('2023-11')).toBe('November 2023');
    expect(fmt.partialDate('2025-03-07')).toBe('7 March 2025');
  });

  it('formats sizes and coordinates', () => {
    expect(fmt.km2(3053172)).toBe('3,053,172 km²');
    expect(fmt.coordinate(71, 116.58333)).toBe('71.0000° N, 116.5833° E');
    expect(fmt.coordinate(-1.5, -70.25)).toBe('1.5000° S, 70.2500° W');
    expect(en.count.deposits(1)).toBe('1 deposit');
    expect(en.count.deposits(0)).toBe('0 deposits');
  });
});

const MESSAGES = { en, uk, ru };

describe('dates from the languages’ own calendar words', () => {
  // The words are ours so that no Intl date formatter loads on a page; they must say exactly what
  // Intl says in each language, every day of a decade.
  const days = Array.from({ length: 366 * 10 }, (_, i) =>
    new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10),
  );
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  };
  it.each(LANGS)('%s: with the weekday, day-month-year, month-year and year as Intl writes them', (lang) => {
    const locale = LOCALES[lang];
    const own = formatsFor(MESSAGES[lang]);
    const weekday = intl(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const day = intl(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const month = intl(locale, { month: 'long', year: 'numeric' });
    for (const iso of days) {
      // British English's comma after the weekday is the one difference, kept out on purpose.
      expect(own.date(iso)).toBe(weekday(iso).replace(lang === 'en' ? /^(\p{L}+),/u : /^$/, '$1'));
      expect(own.partialDate(iso)).toBe(day(iso));
      expect(own.partialDate(iso.slice(0, 7))).toBe(month(iso));
    }
    expect(own.partialDate('2020')).toBe(intl(locale, { year: 'numeric' })('2020-07-01'));
  });
});
