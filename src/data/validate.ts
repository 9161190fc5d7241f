/**
 * Checks the raw files of data/ against the schema and against each other, and derives what the
 * app needs from the geometry (label points, bounds). Used by scripts/build-data.ts and the tests;
 * never shipped to the browser.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { z } from 'zod';
import { AREA_IDS } from '../geo/area-ids';
import { isClosedRing, maxLongitudeJump, signedRingArea } from '../geo/shape';
import { polygonProblems } from '../geo/validity';
import {
  AreaCollection,
  Article,
  Deposit,
  Statement,
  TimelineEvent,
  type Area,
  type AreaFeature,
  type Bbox,
  type Dataset,
} from './schema';

export const FILES = {
  areas: 'data/areas.geojson',
  deposits: 'data/deposits.json',
  statements: 'data/statements.json',
  timeline: 'data/timeline.json',
  article: 'data/article.json',
  articleText: 'data/article.txt',
} as const;

export type RawData = {
  areas: unknown;
  deposits: unknown;
  statements: unknown;
  timeline: unknown;
  article: unknown;
  articleText: string;
};

export type Validation = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** "data/deposits.json: tomtor: location.lat: Invalid input…" */
function issue(file: string, id: string, field: string, message: string) {
  return `${file}: ${id}: ${field || '(record)'}: ${message}`;
}

function recordId(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

/** Parses an array file record by record, so that one bad record does not hide the others. */
function parseRecords<S extends z.ZodType>(file: string, raw: unknown, schema: S, errors: string[]): z.infer<S>[] {
  if (!Array.isArray(raw)) {
    errors.push(issue(file, '(file)', '', 'must be a JSON array'));
    return [];
  }
  const out: z.infer<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((value, i) => {
    const id = recordId(value, i);
    if (seen.has(id)) errors.push(issue(file, id, 'id', 'duplicate id'));
    seen.add(id);
    const result = schema.safeParse(value);
    if (result.success) out.push(result.data);
    else for (const e of result.error.issues) errors.push(issue(file, id, e.path.join('.'), e.message));
  });
  return out;
}

function checkRings(feature: AreaFeature, errors: string[]) {
  feature.geometry.coordinates.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      const field = `geometry.coordinates.${p}.${r}`;
      if (!isClosedRing(ring)) errors.push(issue(FILES.areas, feature.id, field, 'ring is not closed'));
      // RFC 7946 right-hand rule: exterior rings counter-clockwise, holes clockwise.
      const ccw = signedRingArea(ring) > 0;
      if (ccw !== (r === 0))
        errors.push(issue(FILES.areas, feature.id, field, `wrong winding: ${r === 0 ? 'exterior' : 'hole'} ring must be ${r === 0 ? 'counter-clockwise' : 'clockwise'}`));
      if (maxLongitudeJump(ring) > 180)
        errors.push(issue(FILES.areas, feature.id, field, 'ring crosses the antimeridian'));
    }),
  );
  // Self-intersections and overlaps, as GEOS judges them: GIS software rejects such shapes.
  if (feature.geometry.coordinates.every((rings) => rings.every(isClosedRing)))
    for (const p of polygonProblems(feature.geometry.coordinates))
      errors.push(issue(FILES.areas, feature.id, `geometry.coordinates.${p.path}`, `invalid geometry: ${p.message}`));
}

function parseAreas(raw: unknown, errors: string[]): Area[] {
  const result = AreaCollection.safeParse(raw);
  if (!result.success) {
    for (const e of result.error.issues) {
      const [, index] = e.path;
      const id = typeof index === 'number' ? recordId((raw as { features: unknown[] }).features[index], index) : '(file)';
      errors.push(issue(FILES.areas, id, e.path.slice(2).join('.'), e.message));
    }
    return [];
  }
  const features = result.data.features;
  const ids = features.map((f) => f.id);
  for (const id of AREA_IDS) if (!ids.includes(id)) errors.push(issue(FILES.areas, id, 'id', 'area is missing'));
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) errors.push(issue(FILES.areas, id, 'id', 'duplicate id'));
  });
  const before = errors.length;
  for (const f of features) {
    if (f.properties.id !== f.id) errors.push(issue(FILES.areas, f.id, 'properties.id', `must equal the feature id "${f.id}"`));
    checkRings(f, errors);
  }
  // Broken geometry cannot be measured or tested against: stop at the first report.
  if (errors.length > before) return [];
  return features.map((f) => {
    const label = pointOnFeature(f).geometry.coordinates;
    return { ...f, label: [round(label[0]!), round(label[1]!)], bbox: bbox(f) as Bbox };
  });
}

function round(x: number) {
  return Math.round(x * 100) / 100;
}

function checkDeposits(deposits: Deposit[], areas: Area[], errors: string[]) {
  const byId = new Map(areas.map((a) => [a.id, a]));
  for (const d of deposits) {
    if (d.country === 'Russia' && d.occupation !== null)
      errors.push(issue(FILES.deposits, d.id, 'occupation', 'must be null for a deposit in Russia'));
    if (d.country === 'Ukraine' && d.occupation === null)
      errors.push(issue(FILES.deposits, d.id, 'occupation', 'must say whether a Ukrainian deposit was occupied'));
    if (!d.location) continue;
    const point: [number, number] = [d.location.lon, d.location.lat];
    if (d.areaId) {
      const area = byId.get(d.areaId);
      if (area && !booleanPointInPolygon(point, area))
        errors.push(issue(FILES.deposits, d.id, 'location', `point ${point.join(', ')} lies outside its area "${d.areaId}"`));
    } else {
      const inside = areas.find((a) => booleanPointInPolygon(point, a));
      if (inside)
        errors.push(issue(FILES.deposits, d.id, 'areaId', `is null but the point lies inside area "${inside.id}"`));
    }
  }
}

function checkStatements(statements: Statement[], articleText: string, errors: string[]) {
  const text = articleText.replace(/\s+/g, ' ');
  for (const s of statements)
    if (!text.includes(s.article.text))
      errors.push(issue(FILES.statements, s.id, 'article.text', 'does not occur word for word in the article'));
}

/** Each place id a record names must exist. */
function checkDepositIds(file: string, id: string, depositIds: string[], known: Set<string>, errors: string[]) {
  depositIds.forEach((d, i) => {
    if (!known.has(d)) errors.push(issue(file, id, `depositIds.${i}`, `no deposit "${d}" in ${FILES.deposits}`));
  });
}

function checkEvents(events: TimelineEvent[], known: Set<string>, errors: string[]) {
  const precisionOf = { 10: 'day', 7: 'month', 4: 'year' } as Record<number, string>;
  events.forEach((e, i) => {
    checkDepositIds(FILES.timeline, e.id, e.depositIds, known, errors);
    if (precisionOf[e.date.length] !== e.datePrecision)
      errors.push(issue(FILES.timeline, e.id, 'datePrecision', `"${e.datePrecision}" does not match the date "${e.date}"`));
    if (e.date < '2025-03')
      errors.push(issue(FILES.timeline, e.id, 'date', 'the timeline starts in March 2025, after the offer'));
    const previous = events[i - 1];
    if (previous && previous.date > e.date)
      errors.push(issue(FILES.timeline, e.id, 'date', `is earlier than the event before it ("${previous.id}", ${previous.date})`));
    if (!e.areaIds.length && !e.depositIds.length && !e.countries.length)
      errors.push(issue(FILES.timeline, e.id, '', 'names no area, deposit or country'));
    const urls = new Set(e.sources.map((s) => s.url));
    e.quotes.forEach((q, j) => {
      if (!urls.has(q.sourceUrl)) errors.push(issue(FILES.timeline, e.id, `quotes.${j}.sourceUrl`, 'is not one of the event\'s sources'));
    });
  });
}

function checkOccupationHistory(deposits: Deposit[], eventIds: Set<string>, errors: string[]) {
  for (const d of deposits) {
    const o = d.occupation;
    if (!o) continue;
    if (!o.asOf.startsWith('2025-02'))
      errors.push(issue(FILES.deposits, d.id, 'occupation.asOf', 'must be the status in February 2025, when the offer was made'));
    let after = '2025-02-99';
    o.changes.forEach((c, i) => {
      const field = `occupation.changes.${i}`;
      if (c.date <= after) errors.push(issue(FILES.deposits, d.id, `${field}.date`, 'must come after February 2025 and after the change before it'));
      after = c.date;
      if (c.eventId && !eventIds.has(c.eventId))
        errors.push(issue(FILES.deposits, d.id, `${field}.eventId`, `no event "${c.eventId}" in ${FILES.timeline}`));
    });
  }
}

type SourceLike = { url: string; origin: string; copyOf?: string };

function isSource(x: unknown): x is SourceLike {
  return typeof x === 'object' && x !== null && 'url' in x && 'origin' in x;
}

/**
 * Every source record, wherever it sits: a copy must name whose text it carries, and in every
 * list of sources the originals and wires come before the copies.
 */
function checkSources(file: string, id: string, value: unknown, path: string, errors: string[]) {
  if (Array.isArray(value)) {
    let copySeen = -1;
    value.forEach((x, i) => {
      if (!isSource(x)) return;
      if (x.origin === 'copy') copySeen = copySeen < 0 ? i : copySeen;
      else if (copySeen >= 0)
        errors.push(issue(file, id, `${path}${i}`, `an ${x.origin} source must come before the copy at ${path}${copySeen}`));
    });
    value.forEach((x, i) => checkSources(file, id, x, `${path}${i}.`, errors));
  } else if (isSource(value)) {
    if (value.origin === 'copy' && !value.copyOf) errors.push(issue(file, id, `${path}copyOf`, 'a copy must name whose text it carries'));
    if (value.origin !== 'copy' && value.copyOf) errors.push(issue(file, id, `${path}copyOf`, `is only for copies, not for an ${value.origin} source`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) checkSources(file, id, v, `${path}${k}.`, errors);
  }
}

/** Validates everything; returns every problem found, or the dataset the app is built from. */
export function validate(raw: RawData): Validation {
  const errors: string[] = [];
  const areas = parseAreas(raw.areas, errors);
  const deposits = parseRecords(FILES.deposits, raw.deposits, Deposit, errors);
  const statements = parseRecords(FILES.statements, raw.statements, Statement, errors);
  const timeline = parseRecords(FILES.timeline, raw.timeline, TimelineEvent, errors);
  const article = Article.safeParse(raw.article);
  if (!article.success)
    for (const e of article.error.issues) errors.push(issue(FILES.article, 'article', e.path.join('.'), e.message));
  if (areas.length) checkDeposits(deposits, areas, errors);
  checkStatements(statements, raw.articleText, errors);
  const depositIds = new Set(deposits.map((d) => d.id));
  for (const s of statements) checkDepositIds(FILES.statements, s.id, s.depositIds, depositIds, errors);
  checkEvents(timeline, depositIds, errors);
  checkOccupationHistory(deposits, new Set(timeline.map((e) => e.id)), errors);
  for (const d of deposits) checkSources(FILES.deposits, d.id, d, '', errors);
  for (const s of statements) checkSources(FILES.statements, s.id, s, '', errors);
  for (const e of timeline) checkSources(FILES.timeline, e.id, e, '', errors);
  if (article.success) checkSources(FILES.article, 'article', article.data, '', errors);
  if (errors.length || !article.success) return { ok: false, errors };
  return { ok: true, dataset: { article: article.data, areas, deposits, statements, timeline } };
}
