import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES } from '../i18n/langs';
import { en } from '../i18n/messages/en';
import { ru } from '../i18n/messages/ru';
import { uk } from '../i18n/messages/uk';
import { englishPlural, formatList, formatNumber, slavicPlural } from './numbers';

const MESSAGES = { en, uk, ru };

// Our rules stand in for Intl's on the first view: they must say what Intl says in each language.
describe.each(LANGS)('%s as Intl writes it', (lang) => {
  const locale = LOCALES[lang];
  const words = MESSAGES[lang].numberWords;
  // Whole numbers around every grouping boundary, halves and the values rounding carries over.
  const values = [
    ...Array.from({ length: 2100 }, (_, i) => i),
    ...[9999, 10000, 99999, 100000, 999999, 1000000, 3053172, 123456789, 1e15],
    ...[0.5, 1.5, 2.0005, 1.005, 1.0004999, 0.9995, 999.9996, 1234.5, 12.3456, 0.001, 0.0004, 716.4],
  ].flatMap((n) => [n, -n]);

  it('numbers, at most three decimals', () => {
    const intl = new Intl.NumberFormat(locale);
    for (const n of values) expect(formatNumber(n, words), String(n)).toBe(intl.format(n));
  });

  it('coordinates, exactly four decimals', () => {
    const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    for (const n of [...values, 71, 116.58333, 43.25005, 51.72345, 179.99999])
      expect(formatNumber(n, words, 4, 4), String(n)).toBe(intl.format(n));
  });

  it('plural categories', () => {
    const intl = new Intl.PluralRules(locale);
    const rule = lang === 'en' ? englishPlural : slavicPlural;
    for (const n of [...Array.from({ length: 1200 }, (_, i) => i), 1.5, 0.5, 21.2])
      expect(rule(n), String(n)).toBe(intl.select(n));
  });

  it('lists', () => {
    const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
    for (const items of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['Russia', 'China', 'the United States', 'Australia']])
      expect(formatList(items, words)).toBe(intl.format(items));
  });
});
