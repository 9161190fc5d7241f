import { describe, expect, it } from 'vitest';
import { readRawData as loadRaw } from '../data/read-data';
import type { Dataset, Deposit } from '../data/schema';
import { validate } from '../data/validate';
import { classifyDepositSource, collectSources, ORIGIN_ORDER, SOURCE_GROUPS } from './sources';

const result = validate(loadRaw());
if (!result.ok) throw new Error(result.errors.join('\n'));
const dataset = result.dataset;
const groups = collectSources(dataset);
const entries = groups.flatMap((g) => g.entries);
const entry = (url: string) => entries.find((e) => e.url === url)!;

/** Every string held under a `url` key anywhere in the value. */
function allUrls(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allUrls(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'url' && typeof v === 'string') out.add(v);
      else allUrls(v, out);
    }
  return out;
}

describe('collectSources over the shipped data', () => {
  it('lists every URL of the dataset exactly once', () => {
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    const { areas: _areas, ...cited } = dataset;
    expect([...urls].sort()).toEqual([...allUrls(cited)].sort());
  });

  it('groups in a fixed order, originals then wires then copies, each sorted by title, with no empty group', () => {
    const order = groups.map((g) => SOURCE_GROUPS.indexOf(g.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const collator = new Intl.Collator('en');
    for (const g of groups) {
      expect(g.entries.length).toBeGreaterThan(0);
      const ranks = g.entries.map((e) => ORIGIN_ORDER.indexOf(e.origin));
      expect(ranks, g.group).toEqual([...ranks].sort((a, b) => a - b));
      for (const origin of ORIGIN_ORDER) {
        const titles = g.entries.filter((e) => e.origin === origin).map((e) => e.title);
        expect(titles).toEqual([...titles].sort(collator.compare));
      }
    }
  });

  it("ranks the Kremlin's own page before the mirrors of its text, and says whose text a copy carries", () => {
    const primary = groups.find((g) => g.group === 'primary')!.entries;
    expect(primary[0]!.url).toBe('http://en.kremlin.ru/events/president/news/76330');
    expect(primary[0]!.origin).toBe('original');
    const mirror = entry(
      'https://en.interaffairs.ru/article/vladimir-putin-in-order-to-resolve-challenging-and-urgent-matters-including-on-the-ukrainian-trac',
    );
    expect(mirror).toMatchObject({
      origin: 'copy',
      publisher: 'International Affairs',
      copyOf: 'President of Russia (kremlin.ru)',
    });
    for (const e of entries) if (e.origin === 'copy') expect(e.copyOf, e.url).toBeTruthy();
  });

  it('keeps the kind of a mirror and lists it with the primary texts', () => {
    const mirror = entry('https://news-pravda.com/usa/2025/02/24/1085678.html');
    expect(mirror.kind).toBe('mirror');
    expect(groups.find((g) => g.group === 'primary')!.entries).toContain(mirror);
    expect(entry('http://en.kremlin.ru/events/president/news/76330').kind).toBe('primary');
  });

  it('says what each source supports', () => {
    expect(entry(dataset.article.url).kind).toBe('article');
    expect(entry(dataset.article.url).supports).toContain('The article');
    expect(entry('https://newkerala.com/news/o/russia-offers-rare-earth-metals-us-118').supports).toEqual([
      "The article's lineage",
      'Statement: Peskov: the Americans need rare earth metals, and Russia has a lot of them',
      "Statement: Putin names where Russia's rare-earth reserves lie",
      "Statement: Putin on the US–Ukraine deal: 'that has nothing to do with us'; the resources should be evaluated",
    ]);
    const usgs = entry('https://mrdata.usgs.gov/ree/show-ree.php?rec_id=146');
    expect(usgs.kind).toBe('geological');
    expect(usgs.supports).toEqual([
      'Tomtor (incl. Buranny section): location',
      'Tomtor (incl. Buranny section): resources',
    ]);
    for (const e of entries) expect(new Set(e.supports).size).toBe(e.supports.length);
  });

  it('classifies deposit sources', () => {
    expect(entry('https://de.wikipedia.org/wiki/Lowosero-Tundra').kind).toBe('reference');
    expect(entry('https://wikimili.com/en/Shevchenko_deposit').kind).toBe('reference');
    expect(entry('https://interfax.com/newsroom/top-stories/96652/').kind).toBe('report');
  });
});

describe('classifyDepositSource', () => {
  it.each([
    ['USGS Mineral Resources Data System', 'https://mrdata.usgs.gov/x', 'geological'],
    ['A paper', 'https://doi.org/10.1000/182', 'geological'],
    ['Mindat: Tomtor', 'https://www.mindat.org/loc-1.html', 'geological'],
    ['Journal of Geology: a paper', 'https://example.org/paper', 'geological'],
    ['Wikipedia (en), Tomtor', 'https://en.wikipedia.org/wiki/Tomtor', 'reference'],
    ['A copy of a Wikipedia article', 'https://mirror.example.org/Tomtor', 'reference'],
    ['News: the Ukrainian Geological Survey says', 'https://news.example.org/1', 'report'],
    ['Interfax, Nov 2023', 'https://interfax.com/1', 'report'],
  ] as const)('%s → %s', (title, url, kind) => {
    expect(classifyDepositSource({ title, url })).toBe(kind);
  });
});

describe('collectSources over hand-made records', () => {
  const base = dataset.deposits.find((d) => d.id === 'karasug')!;
  const statement = dataset.statements[0]!;
  const shared = 'https://example.org/shared';
  const deposit: Deposit = {
    ...base,
    name: 'Test deposit',
    location: null,
    occupation: null,
    status: {
      ...base.status,
      source: { title: 'Status page', url: 'https://example.org/status', publisher: 'Example', origin: 'original' },
    },
    resources: [],
    sources: [
      { title: 'Status page', url: 'https://example.org/status', publisher: 'Example', origin: 'original' },
      { title: 'Shared page, as the deposit names it', url: shared, publisher: 'Example', origin: 'original' },
    ],
  };
  const small: Dataset = {
    article: { ...dataset.article, lineage: [] },
    areas: [],
    deposits: [deposit],
    statements: [
      {
        ...statement,
        versions: [],
        sources: [{ title: 'Shared page', url: shared, publisher: 'Example', origin: 'wire', kind: 'wire' }],
      },
    ],
    timeline: [],
  };
  const found = collectSources(small).flatMap((g) => g.entries);

  it('keeps the first title and the explicit kind of a URL cited twice', () => {
    const e = found.find((x) => x.url === shared)!;
    expect(e).toEqual({
      title: 'Shared page',
      url: shared,
      kind: 'wire',
      origin: 'wire',
      publisher: 'Example',
      supports: [`Statement: ${statement.title}`, 'Test deposit: record'],
    });
  });

  it('says "record" only for a deposit source that backs no particular field', () => {
    expect(found.find((x) => x.url === 'https://example.org/status')!.supports).toEqual(['Test deposit: status']);
  });
});
