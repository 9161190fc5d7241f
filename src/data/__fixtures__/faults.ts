/**
 * Bad-data fixtures: each takes a copy of the real data, breaks one thing, and names the message
 * the validator must give. The unit tests check each message; the build test checks that each
 * makes `scripts/build-data.ts` fail.
 */
import type { RawData } from '../validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type Fault = { name: string; breakIt: (raw: RawData) => void; message: string };

const deposits = (raw: RawData) => raw.deposits as Json[];
const statements = (raw: RawData) => raw.statements as Json[];
const events = (raw: RawData) => raw.timeline as Json[];
const areaFeatures = (raw: RawData) => (raw.areas as Json).features as Json[];
const byId = (list: Json[], id: string) => list.find((x) => x.id === id)!;

export const FAULTS: Fault[] = [
  {
    name: 'missing field',
    breakIt: (raw) => delete byId(deposits(raw), 'tomtor').type,
    message: 'data/deposits.json: tomtor: type: Invalid input: expected string, received undefined',
  },
  {
    name: 'wrong type',
    breakIt: (raw) => (byId(deposits(raw), 'tomtor').location.lat = '71.0'),
    message: 'data/deposits.json: tomtor: location.lat: Invalid input: expected number, received string',
  },
  {
    name: 'coordinate outside its area',
    breakIt: (raw) => Object.assign(byId(deposits(raw), 'tomtor').location, { lat: 55.75, lon: 37.62 }),
    message: 'data/deposits.json: tomtor: location: point 37.62, 55.75 lies outside its area "sakha"',
  },
  {
    name: 'unknown area id in a statement',
    breakIt: (raw) => byId(statements(raw), 'putin-regions').areaIds.push('atlantis'),
    message:
      'data/statements.json: putin-regions: areaIds.5: Invalid option: expected one of "murmansk"|"kabardino-balkaria"|"irkutsk"|"sakha"|"tuva"|"occupied-ukraine"',
  },
  {
    name: 'unknown area id in a deposit',
    breakIt: (raw) => (byId(deposits(raw), 'karasug').areaId = 'tyva'),
    message:
      'data/deposits.json: karasug: areaId: Invalid option: expected one of "murmansk"|"kabardino-balkaria"|"irkutsk"|"sakha"|"tuva"|"occupied-ukraine"',
  },
  {
    name: 'duplicate id',
    breakIt: (raw) => (byId(deposits(raw), 'karasug').id = 'tomtor'),
    message: 'data/deposits.json: tomtor: id: duplicate id',
  },
  {
    name: 'empty quote',
    breakIt: (raw) => (byId(statements(raw), 'stefanishyna-post').article.text = '   '),
    message: 'data/statements.json: stefanishyna-post: article.text: quote is empty',
  },
  {
    name: 'quote not in the article',
    breakIt: (raw) => (byId(statements(raw), 'putin-regions').article.text += ' And more.'),
    message: 'data/statements.json: putin-regions: article.text: does not occur word for word in the article',
  },
  {
    name: 'bad URL',
    breakIt: (raw) => (byId(statements(raw), 'peskov-briefing').sources[0].url = 'javascript:alert(1)'),
    message: 'data/statements.json: peskov-briefing: sources.0.url: must be an http(s) URL',
  },
  {
    name: 'bad date',
    breakIt: (raw) => (byId(statements(raw), 'peskov-briefing').date = '2025-02-30'),
    message: 'data/statements.json: peskov-briefing: date: is not a real calendar date',
  },
  {
    name: 'unclosed ring',
    breakIt: (raw) => byId(areaFeatures(raw), 'tuva').geometry.coordinates[0][0].pop(),
    message: 'data/areas.geojson: tuva: geometry.coordinates.0.0: ring is not closed',
  },
  {
    name: 'wrong winding',
    breakIt: (raw) => byId(areaFeatures(raw), 'tuva').geometry.coordinates[0][0].reverse(),
    message: 'data/areas.geojson: tuva: geometry.coordinates.0.0: wrong winding: exterior ring must be counter-clockwise',
  },
  {
    name: 'self-intersecting ring',
    breakIt: (raw) => {
      // A bow tie: the edge from (95,52) to (92,49) crosses the edge from (90,50) to (95,50).
      byId(areaFeatures(raw), 'tuva').geometry.coordinates = [[[[90, 50], [95, 50], [95, 52], [92, 49], [90, 52], [90, 50]]]];
    },
    message: 'data/areas.geojson: tuva: geometry.coordinates.0.0: invalid geometry: ring self-intersection at 95,52',
  },
  {
    name: 'ring across the antimeridian',
    breakIt: (raw) => {
      const ring = byId(areaFeatures(raw), 'sakha').geometry.coordinates[0][0] as number[][];
      ring.splice(1, 0, [-179.5, ring[0]![1]!]);
    },
    message: 'data/areas.geojson: sakha: geometry.coordinates.0.0: ring crosses the antimeridian',
  },
  {
    name: 'unlocated area-less deposit inside an area',
    breakIt: (raw) => (byId(deposits(raw), 'tomtor').areaId = null),
    message: 'data/deposits.json: tomtor: areaId: is null but the point lies inside area "sakha"',
  },
  {
    name: 'Ukrainian deposit without occupation status',
    breakIt: (raw) => (byId(deposits(raw), 'azovske').occupation = null),
    message: 'data/deposits.json: azovske: occupation: must say whether a Ukrainian deposit was occupied',
  },
];

/** Faults in the timeline and the links between records; each must also fail the build. */
export const LINK_FAULTS: Fault[] = [
  {
    name: 'timeline event without a source',
    breakIt: (raw) => (byId(events(raw), 'rosneft-takes-tomtor').sources = []),
    message: 'data/timeline.json: rosneft-takes-tomtor: sources: an event needs at least one source',
  },
  {
    name: 'unknown area id in a timeline event',
    breakIt: (raw) => byId(events(raw), 'rosneft-takes-tomtor').areaIds.push('yakutia'),
    message:
      'data/timeline.json: rosneft-takes-tomtor: areaIds.1: Invalid option: expected one of "murmansk"|"kabardino-balkaria"|"irkutsk"|"sakha"|"tuva"|"occupied-ukraine"',
  },
  {
    name: 'unknown deposit id in a timeline event',
    breakIt: (raw) => byId(events(raw), 'rosneft-takes-tomtor').depositIds.push('tomtor-buranny'),
    message: 'data/timeline.json: rosneft-takes-tomtor: depositIds.1: no deposit "tomtor-buranny" in data/deposits.json',
  },
  {
    name: 'unknown deposit id in a statement',
    breakIt: (raw) => byId(statements(raw), 'stefanishyna-post').depositIds.push('dobro'),
    message: 'data/statements.json: stefanishyna-post: depositIds.1: no deposit "dobro" in data/deposits.json',
  },
  {
    name: 'timeline event naming no place',
    breakIt: (raw) => Object.assign(byId(events(raw), 'dpr-rare-earth-deposits'), { areaIds: [], depositIds: [], countries: [] }),
    message: 'data/timeline.json: dpr-rare-earth-deposits: (record): names no area, deposit or country',
  },
  {
    name: 'date precision that does not match the date',
    breakIt: (raw) => (byId(events(raw), 'rosneft-takes-tomtor').datePrecision = 'month'),
    message: 'data/timeline.json: rosneft-takes-tomtor: datePrecision: "month" does not match the date "2025-05-20"',
  },
  {
    name: 'timeline out of date order',
    breakIt: (raw) => (byId(events(raw), 'rosneft-takes-tomtor').date = '2025-07-01'),
    message: 'data/timeline.json: fund-takes-effect: date: is earlier than the event before it ("rosneft-takes-tomtor", 2025-07-01)',
  },
  {
    name: 'event quote from a source the event does not cite',
    breakIt: (raw) => (byId(events(raw), 'dpr-rare-earth-deposits').quotes[0].sourceUrl = 'https://tass.com/'),
    message: "data/timeline.json: dpr-rare-earth-deposits: quotes.0.sourceUrl: is not one of the event's sources",
  },
  {
    name: 'copy that does not say whose text it carries',
    breakIt: (raw) => delete byId(events(raw), 'rosneft-takes-tomtor').sources[1].copyOf,
    message: 'data/timeline.json: rosneft-takes-tomtor: sources.1.copyOf: a copy must name whose text it carries',
  },
  {
    name: 'copy ranked before an original',
    breakIt: (raw) => byId(events(raw), 'rosneft-takes-tomtor').sources.reverse(),
    message: 'data/timeline.json: rosneft-takes-tomtor: sources.1: an original source must come before the copy at sources.0',
  },
  {
    name: 'occupation change naming an event that does not exist',
    breakIt: (raw) => (byId(deposits(raw), 'shevchenkivske').occupation.changes[0].eventId = 'shevchenko-falls'),
    message: 'data/deposits.json: shevchenkivske: occupation.changes.0.eventId: no event "shevchenko-falls" in data/timeline.json',
  },
  {
    name: 'occupation status not dated February 2025',
    breakIt: (raw) => (byId(deposits(raw), 'azovske').occupation.asOf = '2024'),
    message: 'data/deposits.json: azovske: occupation.asOf: must be the status in February 2025, when the offer was made',
  },
];
