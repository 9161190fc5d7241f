/**
 * Checks data/figures.json against its schema, against itself and against the deposits. Used by
 * scripts/build-data.ts and the tests; never shipped to the browser. Messages name file, record
 * and field, like the rest of the data's.
 */
import { FOCUS_COUNTRY } from './figures-constants';
import { FiguresFile, type Figures, type SourcedDepositFigure } from './figures-schema';
import type { Deposit, Statement } from './schema';

export const FIGURES_FILE = 'data/figures.json';

/** How far a rounded world total may be from the sum of its rows (USGS rounds to two digits). */
export const ROUNDING_TOLERANCE = 0.05;

export type FiguresValidation = { ok: true; figures: Figures } | { ok: false; errors: string[] };

function issue(id: string, field: string, message: string) {
  return `${FIGURES_FILE}: ${id}: ${field || '(record)'}: ${message}`;
}

/** The record a zod issue path points into, e.g. ['series', 2, 'unit'] → the id of series #2. */
function recordOf(raw: unknown, path: PropertyKey[]): { id: string; field: string } {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return { id: '(file)', field: path.join('.') };
  const value = (raw as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  const id = typeof value?.id === 'string' && value.id ? value.id : `${list}#${index}`;
  return { id, field: rest.join('.') };
}

function checkUnique(kind: string, ids: string[], errors: string[]) {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) errors.push(issue(id, 'id', `duplicate ${kind} id`));
  });
}

function checkSeries(file: FiguresFile, errors: string[]) {
  const publications = new Set(file.publications.map((p) => p.id));
  for (const s of file.series) {
    if (!publications.has(s.publication)) errors.push(issue(s.id, 'publication', `no publication "${s.publication}"`));
    const countries = s.rows.map((r) => r.country);
    countries.forEach((c, i) => {
      if (countries.indexOf(c) !== i) errors.push(issue(s.id, `rows.${i}.country`, `"${c}" appears twice`));
    });
    if (!countries.includes(FOCUS_COUNTRY)) errors.push(issue(s.id, 'rows', `has no row for ${FOCUS_COUNTRY}`));
    const sum = s.rows.reduce((t, r) => t + (r.value ?? 0), 0) + (s.other ?? 0);
    if (s.world.bound === 'more-than' && sum < s.world.value)
      errors.push(issue(s.id, 'world', `the rows add up to ${sum}, less than the stated lower bound ${s.world.value}`));
    if (s.world.bound === 'rounded' && Math.abs(sum - s.world.value) > ROUNDING_TOLERANCE * s.world.value)
      errors.push(issue(s.id, 'world', `the rows add up to ${sum}, more than 5% away from the rounded total ${s.world.value}`));
  }
}

function attachSources(file: FiguresFile, deposits: Deposit[], errors: string[]): SourcedDepositFigure[] {
  const byId = new Map(deposits.map((d) => [d.id, d]));
  for (const f of file.russian) {
    if (f.depositId && !byId.has(f.depositId)) errors.push(issue(f.id, 'depositId', `no deposit "${f.depositId}" in data/deposits.json`));
    if (!file.publications.some((p) => p.id === f.publication)) errors.push(issue(f.id, 'publication', `no publication "${f.publication}"`));
  }
  const out: SourcedDepositFigure[] = [];
  for (const f of file.deposits) {
    const deposit = byId.get(f.depositId);
    if (!deposit) {
      errors.push(issue(f.id, 'depositId', `no deposit "${f.depositId}" in data/deposits.json`));
      continue;
    }
    const line = deposit.resources.find((r) => r.text.includes(f.from));
    if (!line) errors.push(issue(f.id, 'from', `does not occur in the resources of "${f.depositId}" in data/deposits.json, so the figure has no source`));
    else out.push({ ...f, source: line.source });
  }
  return out;
}

/** Validates the figures; returns every problem found, or the figures with each one's source. */
export function validateFigures(raw: unknown, { deposits, statements }: { deposits: Deposit[]; statements: Statement[] }): FiguresValidation {
  const parsed = FiguresFile.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((e) => {
      const { id, field } = recordOf(raw, e.path);
      return issue(id, field, e.message);
    });
    return { ok: false, errors };
  }
  const file = parsed.data;
  const errors: string[] = [];
  checkUnique('publication', file.publications.map((p) => p.id), errors);
  checkUnique('series', file.series.map((s) => s.id), errors);
  checkUnique('figure', [...file.russian, ...file.deposits].map((f) => f.id), errors);
  checkSeries(file, errors);
  file.statements.forEach((id, i) => {
    if (!statements.some((s) => s.id === id)) errors.push(issue('(file)', `statements.${i}`, `no statement "${id}" in data/statements.json`));
  });
  const deposited = attachSources(file, deposits, errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, figures: { ...file, deposits: deposited } };
}
