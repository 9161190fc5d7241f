/**
 * Dates, numbers and lists in the reader's language, written from the language's own words (its
 * messages' `calendar` and `numberWords`) as Intl writes them in these languages: the first Intl
 * object a page makes loads the locale's data, one long task on a phone (see ./numbers). Dates are
 * calendar dates ("2025-02-24"), so no time zone enters.
 */
import type { Messages } from '../i18n/messages/en';
import { formatList, formatNumber } from './numbers';

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

/** Year, month (1–12) and day of an ISO date, and its weekday (0 = Sunday). */
function parts(iso: string) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

export function formatsFor(t: Messages): Formats {
  const c = t.calendar;
  const dayDate = (iso: string) => {
    const { year, month, day } = parts(iso);
    return c.dayDate(day, c.monthsOfDay[month - 1]!, year);
  };
  const words = t.numberWords;
  return {
    // British English puts a comma after the weekday ("Monday, 24 February 2025"); the map never did.
    date: (iso) => c.weekdayDate(c.weekdays[parts(iso).weekday]!, dayDate(iso)),
    partialDate(value) {
      if (/^\d{4}$/.test(value)) return value;
      if (/^\d{4}-\d{2}$/.test(value)) {
        const { year, month } = parts(`${value}-01`);
        return c.monthDate(c.months[month - 1]!, year);
      }
      return dayDate(value);
    },
    km2: (km2) => t.units.km2(formatNumber(km2, words)),
    coordinate(lat, lon) {
      const ns = lat >= 0 ? t.units.north : t.units.south;
      const ew = lon >= 0 ? t.units.east : t.units.west;
      return `${formatNumber(Math.abs(lat), words, 4, 4)}° ${ns}, ${formatNumber(Math.abs(lon), words, 4, 4)}° ${ew}`;
    },
    number: (n) => formatNumber(n, words),
    list: (items) => formatList(items, words),
  };
}
