/**
 * CSV as RFC 4180 describes it, made to open cleanly in spreadsheets:
 *
 * - records end with CRLF, the last one included;
 * - a field is quoted only when it must be, i.e. when it contains a comma, a double quote, CR or LF;
 *   a double quote inside a field is doubled. Quoting only when needed keeps the file readable and
 *   is what RFC 4180 parsers and spreadsheets expect;
 * - the text starts with a UTF-8 byte order mark, without which Excel reads the file as the local
 *   ANSI code page and garbles Cyrillic and Ukrainian names;
 * - null and undefined are empty fields; arrays are joined with "; "; booleans are true/false;
 *   numbers are written as JavaScript prints them (non-finite numbers as empty fields).
 *
 * Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ as a formula (and a
 * leading tab or CR can hide one), so a text field that starts with one of these gets a leading
 * apostrophe, which spreadsheets treat as "this is text" (OWASP, "CSV Injection"). The apostrophe is
 * part of the field: a reader of the raw CSV sees it. Numbers are never changed, so -12.5 given as
 * a number stays -12.5; the same characters given as a string become '-12.5.
 */

/** What a CSV field may be given as. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The byte order mark every CSV starts with. */
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field as text: guarded against formulas (text only) and quoted if needed. */
export function csvField(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = String(value);
  else {
    text = typeof value === 'string' ? value : value.join('; ');
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: a header row of `columns`, then one record per row with the fields in column order.
 *
 * @example toCsv(['id', 'lat'], [{ id: 'tomtor', lat: 71.05 }]) // '\uFEFFid,lat\r\ntomtor,71.05\r\n'
 */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Readonly<Record<K, CsvValue>>[]): string {
  const lines = [columns.map((c) => csvField(c)), ...rows.map((row) => columns.map((c) => csvField(row[c])))];
  return BOM + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
