/** Lookups over the validated dataset, built once at start-up. */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { AreaId } from '../geo/area-ids';
import type { Selection } from '../state/url';
import { dataset } from './dataset.gen';
import recordsUrl from './deposit-records.gen.json?url';
import statementRecordsUrl from './statement-records.gen.json?url';
import type { Area, Deposit, DepositSummary, Statement, StatementBrief, TimelineEvent } from './schema';
import timelineUrl from './timeline.gen.json?url';

export const { article, deposits, statements, eventPlaces } = dataset;

/**
 * The areas with their shapes. The shapes are decoded from the first view's TopoJSON when first
 * read (by the map, after the first paint), not while the page starts, which is one task.
 */
let shapes: FeatureCollection | null = null;
const shapeOf = (i: number) =>
  (shapes ??= feature(dataset.areaShapes, dataset.areaShapes.objects.areas)).features[i]!.geometry as Area['geometry'];
export const areas: Area[] = dataset.areas.map((meta, i) =>
  Object.defineProperty({ ...meta, type: 'Feature' as const } as Area, 'geometry', {
    get: () => shapeOf(i),
    enumerable: true,
  }),
);

const areaById = new Map<string, Area>(areas.map((a) => [a.id, a]));
const depositById = new Map<string, DepositSummary>(deposits.map((d) => [d.id, d]));
const statementById = new Map<string, StatementBrief>(statements.map((s) => [s.id, s]));

export function getArea(id: string): Area | undefined {
  return areaById.get(id);
}

export function getDeposit(id: string): DepositSummary | undefined {
  return depositById.get(id);
}

export function getStatement(id: string): StatementBrief | undefined {
  return statementById.get(id);
}

const eventById = new Map(eventPlaces.map((e) => [e.id, e]));

/** Whether the timeline has an event with this id. */
export function hasEvent(id: string): boolean {
  return eventById.has(id);
}

/**
 * The places a statement or a timeline event concerns, for the map to show: its areas (with the
 * areas of its deposits) and its deposits. Null for any other selection, and for the timeline with
 * no event chosen.
 */
export function placesOf(
  selection: Selection,
): { areaIds: AreaId[]; depositIds: readonly string[]; countries: readonly string[] } | null {
  const placed =
    selection.kind === 'statement'
      ? getStatement(selection.id)
      : selection.kind === 'timeline' && selection.event
        ? eventById.get(selection.event)
        : undefined;
  if (!placed) return null;
  const areaIds = new Set<AreaId>(placed.areaIds);
  for (const id of placed.depositIds) {
    const areaId = getDeposit(id)?.areaId;
    if (areaId) areaIds.add(areaId);
  }
  return { areaIds: [...areaIds], depositIds: placed.depositIds, countries: placed.countries };
}

const byArea = new Map<AreaId | null, DepositSummary[]>();

/**
 * Deposits whose record names the area; those outside every area are returned for `null`. Worked out
 * once per area: the map's shapes and the panel ask on every render, over up to thousands of deposits.
 */
export function depositsIn(areaId: AreaId | null): DepositSummary[] {
  let list = byArea.get(areaId);
  if (!list) byArea.set(areaId, (list = deposits.filter((d) => d.areaId === areaId)));
  return list;
}

export function statementsFor(areaId: AreaId): StatementBrief[] {
  return statements.filter((s) => s.areaIds.includes(areaId));
}

/** The statements about a country as a whole (the US–Ukraine deal), that no area of the map stands for. */
export function statementsAbout(country: StatementBrief['countries'][number]): StatementBrief[] {
  return statements.filter((s) => s.countries.includes(country) && s.areaIds.length === 0);
}

/** A JSON file fetched once; a failed fetch is forgotten, so a retry fetches again. */
function fetchOnce<T>(url: string): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .catch((e: unknown) => {
        pending = null;
        throw e;
      });
    return pending;
  };
}

/**
 * The timeline's events, oldest first, from a file of their own fetched the first time they are
 * needed (validated at build time). Select a place's events with `eventsConcerning`
 * (src/data/timeline.ts). The prerendered page can import `timeline.gen.json` directly.
 */
export const loadTimeline: () => Promise<TimelineEvent[]> = fetchOnce(timelineUrl);

/** Every statement's full record (wordings, sources, notes), fetched the first time one is opened. */
export const loadStatementRecords: () => Promise<Statement[]> = fetchOnce(statementRecordsUrl);

let records: Promise<Deposit[]> | null = null;

/**
 * Every deposit's full record, from a file of its own fetched the first time one is needed. The
 * file was validated against the schema at build time. A failed fetch is forgotten, so a retry
 * fetches again.
 */
export function loadDepositRecords(): Promise<Deposit[]> {
  records ??= fetch(recordsUrl)
    .then((r) => (r.ok ? (r.json() as Promise<Deposit[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .catch((e: unknown) => {
      records = null;
      throw e;
    });
  return records;
}
