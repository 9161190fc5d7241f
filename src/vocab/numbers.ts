/**
 * Numbers, plural forms and lists in the map's three languages, written by rules of our own as
 * Intl writes them (src/vocab/numbers.test.ts holds them to Intl's output). The first Intl object a
 * page makes loads the locale's data: 15–35 ms on a desktop, one long task on a phone, before the
 * map can start. The figures and citations, which need more of Intl, still use it, when opened.
 */

/** A language's separators and its "and". */
export type NumberWords = { group: string; decimal: string; and: string };

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** English (CLDR): "one" for exactly 1, else "other". */
export const englishPlural = (n: number): PluralCategory => (n === 1 ? 'one' : 'other');

/** Ukrainian and Russian (CLDR): one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25…), other (fractions). */
export function slavicPlural(n: number): PluralCategory {
  if (!Number.isInteger(n)) return 'other';
  const [i10, i100] = [Math.abs(n) % 10, Math.abs(n) % 100];
  if (i10 === 1 && i100 !== 11) return 'one';
  if (i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14)) return 'few';
  return 'many';
}

/**
 * `n` with the language's separators, rounded half away from zero to at most `max` decimals and
 * padded to at least `min`. Rounding goes by the number's decimal form, as Intl's does: 1.005 at
 * two decimals is "1.01" (101 hundredths exactly), where (1.005).toFixed(2) gives "1.00".
 */
export function formatNumber(n: number, words: NumberWords, min = 0, max = 3): string {
  const abs = Math.abs(n);
  // Exponent forms (below 1e-6 or from 1e21) are beyond anything the map shows.
  if (!Number.isFinite(n) || /e/.test(`${abs}`)) return String(n);
  const [whole, fraction = ''] = Number(`${Math.round(Number(`${abs}e${max}`))}e-${max}`)
    .toFixed(max)
    .split('.');
  // As Intl: a negative number keeps its sign even where it rounds to zero, and so does -0.
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const decimals = fraction.replace(/0+$/, '').padEnd(min, '0');
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, words.group)}${decimals ? words.decimal + decimals : ''}`;
}

/** ['a', 'b', 'c'] → "a, b and c", with the language's "and" and no comma before it. */
export function formatList(items: string[], words: NumberWords): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words.and} ${items.at(-1)}`;
}

/** A share as a percentage to two significant digits (0.346 → "35%"), through Intl, made on first use. */
export function percentFor(locale: string): (share: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (share) =>
    (format ??= new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 })).format(share);
}
