/** A deposit's occupation over time. Free of zod, so the app can use it. */
import type { OCCUPATION_STATUSES } from './constants';

type Status = (typeof OCCUPATION_STATUSES)[number];

export type OccupationNow = { status: Status; asOf: string };

type Dated = {
  occupied: boolean | null;
  asOf: string;
  changes: readonly { date: string; status: Status }[];
};

/** The latest known status: the last change, or the February 2025 status when nothing changed. */
export function occupationNow(o: Dated): OccupationNow {
  const last = o.changes.at(-1);
  return last ? { status: last.status, asOf: last.date } : { status: statusOf(o.occupied), asOf: o.asOf };
}

function statusOf(occupied: boolean | null): Status {
  if (occupied === null) return 'not established';
  return occupied ? 'occupied' : 'not occupied';
}
