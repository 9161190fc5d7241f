/** Display formats. Dates are calendar dates, so they are formatted in UTC to stay the same everywhere. */

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const INTEGER = new Intl.NumberFormat('en-GB');

/** "2025-02-24" → "Monday 24 February 2025" */
export function formatDate(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`)).replace(',', '');
}

/** "2023-11" → "November 2023"; "2020" → "2020"; a full date → "24 February 2025". */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH.format(new Date(`${value}-01T00:00:00Z`));
  return formatDate(value).replace(/^\w+ /, '');
}

export function formatKm2(km2: number): string {
  return `${INTEGER.format(km2)} km²`;
}

/** 71, 116.5833 → "71.0000° N, 116.5833° E" */
export function formatCoordinate(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lon).toFixed(4)}° ${ew}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
