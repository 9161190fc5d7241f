/**
 * The selection lives in the URL: `?area=sakha`, `?deposit=tomtor`, `?statement=putin-regions`, or a
 * view of everything (`?show=list`, `?show=sources`). Parsing never throws; an unknown or malformed
 * value gives the overview plus a notice naming what was asked for.
 */
import { isAreaId, type AreaId } from '../geo/area-ids';

export type Selection =
  | { kind: 'overview' }
  | { kind: 'area'; id: AreaId }
  | { kind: 'deposit'; id: string }
  | { kind: 'statement'; id: string }
  | { kind: 'list' }
  | { kind: 'sources' };

export type ParsedSelection = { selection: Selection; notice: string | null };

/** Which ids exist, for the kinds whose ids come from the data. */
export type Known = { deposit: (id: string) => boolean; statement: (id: string) => boolean };

const OVERVIEW: Selection = { kind: 'overview' };
const MAX_SHOWN = 60;
const KEYS = ['area', 'deposit', 'statement', 'show'] as const;
const VIEWS = ['list', 'sources'] as const;

/** Shows at most MAX_SHOWN characters of what the reader typed, as plain text. */
function shown(value: string) {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

function unknown(what: string, id: string): ParsedSelection {
  return { selection: OVERVIEW, notice: `There is no ${what} “${shown(id)}” on this map. Showing the overview.` };
}

export function parseSelection(search: string, known: Known): ParsedSelection {
  const params = new URLSearchParams(search);
  const given = KEYS.flatMap((key) => params.getAll(key).map((value) => [key, value] as const));
  if (given.length === 0) return { selection: OVERVIEW, notice: null };
  if (given.length > 1)
    return { selection: OVERVIEW, notice: 'The link names more than one thing to show, so the overview is shown.' };
  const [key, id] = given[0]!;
  switch (key) {
    case 'area':
      return isAreaId(id) ? { selection: { kind: 'area', id }, notice: null } : unknown('area', id);
    case 'deposit':
      return known.deposit(id) ? { selection: { kind: 'deposit', id }, notice: null } : unknown('deposit', id);
    case 'statement':
      return known.statement(id) ? { selection: { kind: 'statement', id }, notice: null } : unknown('statement', id);
    case 'show':
      return (VIEWS as readonly string[]).includes(id)
        ? { selection: { kind: id as (typeof VIEWS)[number] }, notice: null }
        : unknown('page', id);
  }
}

/** Formats a selection as a query string ('' for the overview), keeping other parameters. */
export function formatSelection(selection: Selection, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of KEYS) params.delete(key);
  if (selection.kind === 'list' || selection.kind === 'sources') params.set('show', selection.kind);
  else if (selection.kind !== 'overview') params.set(selection.kind, selection.id);
  const s = params.toString().replace(/^embed=(&|$)/, 'embed$1');
  return s ? `?${s}` : '';
}

export function sameSelection(a: Selection, b: Selection) {
  return a.kind === b.kind && ('id' in a ? a.id === (b as { id: string }).id : true);
}
