/**
 * The selection lives in the URL: `?area=sakha` or `?deposit=tomtor`. Parsing never throws;
 * an unknown or malformed value gives the overview plus a notice naming what was asked for.
 */
import { isAreaId, type AreaId } from '../geo/area-ids';

export type Selection =
  | { kind: 'overview' }
  | { kind: 'area'; id: AreaId }
  | { kind: 'deposit'; id: string };

export type ParsedSelection = { selection: Selection; notice: string | null };

const OVERVIEW: Selection = { kind: 'overview' };
const MAX_SHOWN = 60;

/** Shows at most MAX_SHOWN characters of what the reader typed, as plain text. */
function shown(value: string) {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

export function parseSelection(search: string, depositExists: (id: string) => boolean): ParsedSelection {
  const params = new URLSearchParams(search);
  const areas = params.getAll('area');
  const deposits = params.getAll('deposit');
  if (areas.length + deposits.length === 0) return { selection: OVERVIEW, notice: null };
  if (areas.length + deposits.length > 1)
    return { selection: OVERVIEW, notice: 'The link names more than one place, so the overview is shown.' };
  if (areas.length === 1) {
    const id = areas[0]!;
    return isAreaId(id)
      ? { selection: { kind: 'area', id }, notice: null }
      : { selection: OVERVIEW, notice: `There is no area “${shown(id)}” on this map. Showing the overview.` };
  }
  const id = deposits[0]!;
  return depositExists(id)
    ? { selection: { kind: 'deposit', id }, notice: null }
    : { selection: OVERVIEW, notice: `There is no deposit “${shown(id)}” on this map. Showing the overview.` };
}

/** Formats a selection as a query string ('' for the overview), keeping other parameters. */
export function formatSelection(selection: Selection, current = ''): string {
  const params = new URLSearchParams(current);
  params.delete('area');
  params.delete('deposit');
  if (selection.kind !== 'overview') params.set(selection.kind, selection.id);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameSelection(a: Selection, b: Selection) {
  return a.kind === b.kind && (a.kind === 'overview' || a.id === (b as { id: string }).id);
}
