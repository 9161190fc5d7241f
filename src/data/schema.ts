/**
 * The one schema of the map's data. The app's types are inferred from it; scripts/build-data.ts
 * checks every file in data/ against it before a build, so the browser never ships a validator.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import { AREA_IDS } from '../geo/area-ids';
import { occupationNow, type OccupationNow } from './occupation';
import {
  COORD_BASES,
  COUNTRIES,
  DATE_PRECISIONS,
  DEPOSIT_GROUPS,
  OCCUPATION_STATUSES,
  ORIGINS,
  SOURCE_KINDS,
  STAGES,
  THREADS,
} from './constants';

export { COORD_BASES, COUNTRIES, DATE_PRECISIONS, DEPOSIT_GROUPS, OCCUPATION_STATUSES, ORIGINS, SOURCE_KINDS, STAGES, THREADS };

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** YYYY, YYYY-MM or YYYY-MM-DD: how precisely a status is dated. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const HttpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

/**
 * A web page cited for something. Its archive link is derived from `url` (src/data/archive.ts).
 * scripts/build-data.ts checks that a copy names whose text it carries, and that every list of
 * sources gives originals and wires before copies.
 */
export const Source = z.object({
  title: z.string().min(1),
  url: HttpUrl,
  /** Who published this page; for a copy, the site that carries it. */
  publisher: z.string().min(1),
  origin: z.enum(ORIGINS),
  /** For a copy only: whose text it carries, e.g. "Reuters" on Japan Today. */
  copyOf: z.string().min(1).optional(),
  /** When the page was published, as precisely as it shows. */
  date: PartialDate.optional(),
});
export type Source = z.infer<typeof Source>;

export const AreaIdSchema = z.enum(AREA_IDS);

export const CitedSource = Source.extend({ kind: z.enum(SOURCE_KINDS) });
export type CitedSource = z.infer<typeof CitedSource>;

// ---------------------------------------------------------------- statements

export const Wording = z.object({
  /** Which version this is, e.g. "Kremlin transcript, English". */
  label: z.string().min(1),
  lang: z.enum(['en', 'ru', 'uk']),
  text: z.string().min(1),
  source: CitedSource,
});
export type Wording = z.infer<typeof Wording>;

export const Statement = z.object({
  id: Id,
  /** Short title for lists. */
  title: z.string().min(1),
  speaker: z.string().min(1),
  role: z.string().min(1),
  /** When it was said, established from the sources (not the article's relative days). */
  date: IsoDate,
  dateNote: z.string(),
  venue: z.string().min(1),
  venueKind: z.enum(['briefing', 'interview', 'post', 'report', 'document']),
  /** The article's words, exactly as printed; `quoted` says whether the article prints them in quotation marks. */
  article: z.object({ text: z.string().trim().min(1, 'quote is empty'), quoted: z.boolean() }),
  /** Primary or wire wordings, exactly as those sources give them. */
  versions: z.array(Wording),
  /** How the article's wording differs from the sources. */
  difference: z.string().min(1),
  /** Areas on the map the statement is about. */
  areaIds: z.array(AreaIdSchema),
  /** Deposits it concerns (each must exist in data/deposits.json). */
  depositIds: z.array(Id),
  /** Countries it concerns as a whole, e.g. the US–Ukraine deal covers all of Ukraine. */
  countries: z.array(z.enum(COUNTRIES)),
  sources: z.array(CitedSource).min(1),
});
export type Statement = z.infer<typeof Statement>;

// ---------------------------------------------------------------- deposits


export const Location = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precisionKm: z.number().positive(),
  basis: z.enum(COORD_BASES),
  note: z.string().min(1),
  source: Source,
});
export type Location = z.infer<typeof Location>;

export const OccupationChange = z.object({
  date: PartialDate,
  status: z.enum(OCCUPATION_STATUSES),
  note: z.string().min(1),
  sources: z.array(Source).min(1, 'a change of status needs a source'),
  /** The timeline event that reports it, if any. */
  eventId: Id.nullable(),
});
export type OccupationChange = z.infer<typeof OccupationChange>;

export const Deposit = z.object({
  id: Id,
  name: z.string().min(1),
  nameLocal: z.string().min(1).nullable(),
  aliases: z.array(z.string()),
  areaId: AreaIdSchema.nullable(),
  country: z.enum(['Russia', 'Ukraine']),
  /**
   * For a deposit in Ukraine: whether it was occupied in February 2025 (when the offer was made),
   * then each later change, oldest first. Null for a deposit in Russia.
   */
  occupation: z
    .object({
      /** Null where the sources do not establish it (`note` says why). */
      occupied: z.boolean().nullable(),
      asOf: PartialDate,
      note: z.string().min(1),
      source: Source,
      changes: z.array(OccupationChange),
    })
    .nullable(),
  group: z.enum(DEPOSIT_GROUPS),
  commodities: z.array(z.string().min(1)).min(1),
  type: z.string().min(1),
  status: z.object({ stage: z.enum(STAGES), text: z.string().min(1), asOf: PartialDate, source: Source }),
  location: Location.nullable(),
  resources: z.array(z.object({ text: z.string().min(1), source: Source })),
  sources: z.array(Source).min(1),
  notes: z.string(),
});
export type Deposit = z.infer<typeof Deposit>;

// ---------------------------------------------------------------- timeline

/** A passage quoted exactly as the named source gives it. */
export const EventQuote = z.object({
  speaker: z.string().min(1),
  text: z.string().min(1),
  lang: z.enum(['en', 'ru', 'uk']),
  /** One of the event's sources. */
  sourceUrl: HttpUrl,
});

/** A source of a timeline event: always dated. */
export const EventSource = Source.extend({ date: PartialDate });
export type EventSource = z.infer<typeof EventSource>;

/** Something that happened after the offer of February 2025, tied to the places it concerns. */
export const TimelineEvent = z.object({
  id: Id,
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precisely as the sources date it; `datePrecision` says which. */
  date: PartialDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  /** E.g. "registry entry of 20 May, reported on 21 May". */
  dateNote: z.string(),
  thread: z.enum(THREADS),
  title: z.string().min(1),
  /** Our neutral account, one to three sentences. */
  summary: z.string().min(1),
  quotes: z.array(EventQuote),
  areaIds: z.array(AreaIdSchema),
  depositIds: z.array(Id),
  countries: z.array(z.enum(COUNTRIES)),
  sources: z.array(EventSource).min(1, 'an event needs at least one source'),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

// ---------------------------------------------------------------- areas

const Ring = z.array(z.tuple([z.number(), z.number()])).min(4, 'ring has fewer than 4 positions');

export const AreaProperties = z.object({
  id: AreaIdSchema,
  name: z.string().min(1),
  kind: z.enum(['russian-region', 'occupied-ukraine']),
  areaKm2: z.number().positive(),
  parts: z
    .array(
      z.object({
        iso: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
        nameEn: z.string().min(1),
        nameRu: z.string().min(1),
        nameUk: z.string().min(1),
        neId: z.number().int(),
        areaKm2: z.number().positive(),
      }),
    )
    .min(1),
});

export const AreaFeature = z.object({
  type: z.literal('Feature'),
  id: AreaIdSchema,
  properties: AreaProperties,
  geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
});
export type AreaFeature = z.infer<typeof AreaFeature>;

export const AreaCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(AreaFeature),
});

// ---------------------------------------------------------------- the article

export const Article = z.object({
  headline: z.string().min(1),
  outlet: z.string().min(1),
  outletNote: z.string(),
  url: HttpUrl,
  date: IsoDate,
  dateNote: z.string(),
  /** Our summary of what the article reports. */
  summary: z.array(z.string().min(1)).min(1),
  lineage: z.array(CitedSource.extend({ note: z.string() })),
  slips: z.array(z.string().min(1)),
});
export type Article = z.infer<typeof Article>;

// ---------------------------------------------------------------- what the app receives

export type Bbox = [number, number, number, number];

/** An area as the app uses it: the validated feature plus what turf derives from it at build time. */
export type Area = AreaFeature & { label: [number, number]; bbox: Bbox };

/**
 * What the first view needs of a deposit: enough to draw its marker and list it. The full record
 * (notes, sources, resources) is loaded when a deposit is opened.
 */
export type DepositSummary = Pick<Deposit, 'id' | 'name' | 'areaId' | 'country' | 'group' | 'commodities'> & {
  status: Pick<Deposit['status'], 'stage' | 'asOf'>;
  location: Pick<Location, 'lat' | 'lon' | 'precisionKm' | 'basis'> | null;
  /** February 2025, and the latest known status (the same when nothing changed since). */
  occupation: (Pick<NonNullable<Deposit['occupation']>, 'occupied' | 'asOf'> & { now: OccupationNow }) | null;
};

export function summarizeDeposit(d: Deposit): DepositSummary {
  const { id, name, areaId, country, group, commodities, status, location, occupation } = d;
  return {
    id,
    name,
    areaId,
    country,
    group,
    commodities,
    status: { stage: status.stage, asOf: status.asOf },
    location: location && { lat: location.lat, lon: location.lon, precisionKm: location.precisionKm, basis: location.basis },
    occupation: occupation && { occupied: occupation.occupied, asOf: occupation.asOf, now: occupationNow(occupation) },
  };
}

/** The validated data, as the build script and the tests see it. */
export type Dataset = {
  article: Article;
  areas: Area[];
  deposits: Deposit[];
  statements: Statement[];
  /** Oldest first. */
  timeline: TimelineEvent[];
};

/**
 * What the first view needs of a statement: enough to list it and to lead with its key quote. The
 * full record (every wording, the sources, the notes) is loaded when a statement is opened.
 */
export type StatementBrief = Pick<Statement, 'id' | 'title' | 'speaker' | 'date' | 'venueKind' | 'areaIds' | 'depositIds' | 'countries'> & {
  /**
   * What a card leads with: the source's own words in English where there are some, else its first
   * wording; for background with no wording of its own, the article's account.
   */
  key: { wording: Wording } | { article: Statement['article'] };
};


/** Where a timeline event happened: enough for the map to show its places before the timeline loads. */
export type EventPlaces = Pick<TimelineEvent, 'id' | 'areaIds' | 'depositIds' | 'countries'>;

/** An area without its geometry: the first view ships the shapes as TopoJSON beside it. */
export type AreaMeta = Omit<Area, 'geometry' | 'type'>;

/**
 * What the app's first view ships: deposits summarised, and the areas' shapes as a quantised
 * TopoJSON topology (object `areas`, one geometry per area, in the order of `areas`). The timeline
 * and the full statements are not in it: the app fetches them on demand (`loadTimeline`,
 * `loadStatementRecords` in src/data/dataset.ts).
 */
export type FirstViewData = Omit<Dataset, 'deposits' | 'areas' | 'timeline' | 'statements'> & {
  deposits: DepositSummary[];
  statements: StatementBrief[];
  eventPlaces: EventPlaces[];
  areas: AreaMeta[];
  areaShapes: Topology<{ areas: GeometryCollection }>;
};
