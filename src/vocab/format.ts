/**
 * Dates and numbers in the reader's language, through Intl. Dates are calendar dates, so they are
 * formatted in UTC to stay the same in every time zone.
 */
import type { Messages } from '../i18n/messages/en';

export type Formats = {
  /** "2025-02-24" → "Monday 24 February 2025" */
  date(iso: string): string;
  /** "2023-11" → "November 2023"; "2020" → "2020"; a full date → "24 February 2025". */
  partialDate(value: string): string;
  /** 3053172 → "3,053,172 km²" */
  km2(km2: number): string;
  /** 71, 116.5833 → "71.0000° N, 116.5833° E" */
  coordinate(lat: number, lon: number): string;
  /** A count or a measure, with the language's separators. */
  number(n: number): string;
  /** ['a', 'b', 'c'] → "a, b and c" */
  list(items: string[]): string;
};

const UTC = { timeZone: 'UTC' } as const;

function utc(iso: string) {
  return new Date(`${iso}T00:00:00Z`);
}

/** An Intl object made on first use: each takes milliseconds to build, and a view needs only some. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatsFor(locale: string, t: Messages): Formats {
  const day = lazily(
    () => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...UTC }),
  );
  const dayNoWeekday = lazily(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...UTC }),
  );
  const month = lazily(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', ...UTC }));
  const year = lazily(() => new Intl.DateTimeFormat(locale, { year: 'numeric', ...UTC }));
  const integer = lazily(() => new Intl.NumberFormat(locale));
  const degrees = lazily(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }));
  const list = lazily(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  return {
    // British English puts a comma after the weekday ("Monday, 24 February 2025"); the map never did.
    date(iso) {
      const text = day().format(utc(iso));
      return locale.startsWith('en') ? text.replace(/^(\p{L}+),/u, '$1') : text;
    },
    partialDate(value) {
      if (/^\d{4}$/.test(value)) return year().format(utc(`${value}-07-01`));
      if (/^\d{4}-\d{2}$/.test(value)) return month().format(utc(`${value}-01`));
      return dayNoWeekday().format(utc(value));
    },
    km2: (km2) => t.units.km2(integer().format(km2)),
    coordinate(lat, lon) {
      const ns = lat >= 0 ? t.units.north : t.units.south;
      const ew = lon >= 0 ? t.units.east : t.units.west;
      return `${degrees().format(Math.abs(lat))}° ${ns}, ${degrees().format(Math.abs(lon))}° ${ew}`;
    },
    number: (n) => integer().format(n),
    list: (items) => list().format(items),
  };
}
