/**
 * Every source the map cites, once each, grouped by kind and saying what it supports.
 *
 * Statement and article sources carry a kind in the data; deposit sources do not, so their kind is
 * inferred from the title and host: Wikipedia and its mirrors are 'reference', surveys, journals
 * and mineral databases are 'geological', anything else is 'report'. A URL cited with a kind keeps
 * that kind even where a deposit cites it too. URLs are compared exactly as written.
 */
import type { CitedSource, Dataset, Deposit, Source, Statement, TimelineEvent } from '../data/schema';
import { sourcesView } from '../i18n/messages/sources-view';

/** The groups of the source list, in display order; 'primary' also holds mirrors of primary texts. */
export const SOURCE_GROUPS = ['article', 'wire', 'primary', 'geological', 'reference', 'report'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** What each group is called in a list. */
export const SOURCE_GROUP_LABELS: Record<SourceGroup, string> = sourcesView.en.sourceGroup;

/** A source's own kind: one of the data's kinds, or 'reference' (inferred for deposit sources only). */
export type SourceEntryKind = CitedSource['kind'] | 'reference';

export type SourceEntry = {
  title: string;
  url: string;
  kind: SourceEntryKind;
  /** Whose page it is: the publisher's own, a news agency's own, or a copy of another's text. */
  origin: Source['origin'];
  /** Who published the page; for a copy, the site that carries it. */
  publisher: string;
  /** For a copy: whose text it carries. */
  copyOf?: string;
  /** What the source supports, e.g. "Statement: Peskov: …" or "Tomtor (incl. Buranny section): location"; no repeats. */
  supports: string[];
};

export type SourceGroupEntries = { group: SourceGroup; label: string; entries: SourceEntry[] };

// Hosts and title words of surveys, journals, abstracts and mineral databases.
const GEOLOGICAL_HOSTS = [
  'usgs.gov',
  'mindat.org',
  'mineralienatlas.de',
  'portergeo.com.au',
  'doi.org',
  'doaj.org',
  'link.springer.com',
  'mdpi.com',
  'researcher.life',
  'zrmo.org',
  'rudmet.com',
  'alkaline.web.ru',
  'cyberleninka.ru',
  'mining-media.ru',
  'ir.library.carleton.ca',
];
// Matched against the publisher part of a title only (before the first ':' or ','), so that a news
// story quoting a geological survey stays a report.
const GEOLOGICAL_PUBLISHER = /\bUSGS\b|geolog|mindat|mineralog|\bMinerals \d{4}\b|\bjournal\b|\babstract\b/i;

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/\.$/, '').toLowerCase();
}

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The kind of a deposit source, which the data does not give: Wikipedia (or a copy of it) is
 * 'reference'; a survey, journal, paper or mineral database (known host, or a publisher named like
 * one) is 'geological'; anything else is 'report'.
 */
export function classifyDepositSource(source: Pick<Source, 'title' | 'url'>): 'geological' | 'reference' | 'report' {
  const host = hostOf(source.url);
  if (/wikipedia/i.test(source.title) || hostIs(host, 'wikipedia.org')) return 'reference';
  const publisher = source.title.split(/[:,]/)[0]!;
  if (GEOLOGICAL_HOSTS.some((d) => hostIs(host, d)) || GEOLOGICAL_PUBLISHER.test(publisher)) return 'geological';
  return 'report';
}

/** The group a kind is listed under. */
export function groupOf(kind: SourceEntryKind): SourceGroup {
  return kind === 'mirror' ? 'primary' : kind;
}

/** What a deposit's source backs: one of its fields, or the record as a whole. */
export type DepositField = 'location' | 'status' | 'resources' | 'occupation' | 'record';

/** How the index names what a source supports, in the reader's language. */
export type SupportNames = {
  article: string;
  lineage: string;
  statement(s: Statement): string;
  wording(s: Statement, label: string): string;
  deposit(d: Deposit, what: DepositField): string;
  event(e: TimelineEvent): string;
};

/** The English names (the downloads and the English page). */
export const ENGLISH_SUPPORTS: SupportNames = {
  article: 'The article',
  lineage: "The article's lineage",
  statement: (s) => `Statement: ${s.title}`,
  wording: (s, label) => `Statement: ${s.title} — wording: ${label}`,
  deposit: (d, what) => `${d.name}: ${what}`,
  event: (e) => `Timeline: ${e.title}`,
};

type Draft = Omit<SourceEntry, 'supports'> & { explicit: boolean; supports: Set<string> };

/** Originals first, then a news agency's own pages, then copies. */
export const ORIGIN_ORDER: readonly Source['origin'][] = ['original', 'wire', 'copy'];

/**
 * Every distinct source URL in the dataset (statements' sources and wordings, the article and its
 * lineage, each deposit's location, status, resources, occupation and source list, and the timeline's
 * events), grouped in SOURCE_GROUPS order with empty groups left out. Within a group, originals come
 * first, then news agencies' own pages, then copies (ORIGIN_ORDER), each sorted by title, then URL;
 * each entry's `supports` follows the order of the dataset.
 */
export function collectSources(dataset: Dataset, names: SupportNames = ENGLISH_SUPPORTS): SourceGroupEntries[] {
  const byUrl = new Map<string, Draft>();

  function add(source: Source | CitedSource, support: string) {
    const explicit = 'kind' in source;
    const kind = explicit ? source.kind : classifyDepositSource(source);
    const draft = byUrl.get(source.url);
    if (!draft) {
      const { title, url, origin, publisher, copyOf } = source;
      const own = { title, url, kind, origin, publisher, explicit, supports: new Set([support]) };
      byUrl.set(url, copyOf ? { ...own, copyOf } : own);
      return;
    }
    if (explicit && !draft.explicit) Object.assign(draft, { kind, explicit });
    draft.supports.add(support);
  }

  const { article } = dataset;
  const own = { publisher: article.outlet, origin: 'original' as const };
  add({ title: `${article.outlet}: ${article.headline}`, url: article.url, kind: 'article', ...own }, names.article);
  for (const source of article.lineage) add(source, names.lineage);

  for (const s of dataset.statements) {
    for (const source of s.sources) add(source, names.statement(s));
    for (const v of s.versions) add(v.source, names.wording(s, v.label));
  }

  for (const d of dataset.deposits) {
    const cited = new Set<string>();
    const field = (source: Source, what: DepositField) => {
      cited.add(source.url);
      add(source, names.deposit(d, what));
    };
    if (d.location) field(d.location.source, 'location');
    field(d.status.source, 'status');
    for (const r of d.resources) field(r.source, 'resources');
    if (d.occupation) {
      field(d.occupation.source, 'occupation');
      for (const c of d.occupation.changes) for (const source of c.sources) field(source, 'occupation');
    }
    // A source of the record that backs no particular field supports the record as a whole.
    for (const source of d.sources) if (!cited.has(source.url)) add(source, names.deposit(d, 'record'));
  }

  for (const e of dataset.timeline) for (const source of e.sources) add(source, names.event(e));

  const collator = new Intl.Collator('en');
  const rank = (e: SourceEntry) => ORIGIN_ORDER.indexOf(e.origin);
  const entries = [...byUrl.values()]
    .map(({ explicit: _explicit, supports, ...e }): SourceEntry => ({ ...e, supports: [...supports] }))
    .sort(
      (a, b) => rank(a) - rank(b) || collator.compare(a.title, b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    );

  return SOURCE_GROUPS.map((group) => ({
    group,
    label: SOURCE_GROUP_LABELS[group],
    entries: entries.filter((e) => groupOf(e.kind) === group),
  })).filter((g) => g.entries.length > 0);
}
