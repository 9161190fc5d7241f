/**
 * Ready-made citations, as plain text, of two kinds of work:
 *
 * - one record of the map (an area, a deposit, a statement's page): a web page whose site is the
 *   map (MAP_TITLE), published by the deployer named in site.config.json and dated by the release
 *   (SITE.release), found at the record's stable URL on the reader's access date. The release date
 *   is the work's date; the access date is only ever the date of retrieval, so every reader's
 *   reference to the same release is the same apart from that date.
 * - the statement itself (citeOriginal): the speaker as author, the day it was said, the venue as
 *   the work's description, and the original source that carries it.
 *
 * Titles are kept as the data gives them (sentence case). Every date is formatted in UTC, so a
 * citation does not change with the reader's time zone.
 */
import type { CitedSource, Deposit, Statement } from '../data/schema';
import { citations } from '../i18n/messages/citations';
import { en } from '../i18n/messages/en';
import { SITE } from './site';

/** The map's title, used as the site name in every citation. */
export const MAP_TITLE = en.site.citationSiteName;

/** The release date (YYYY-MM-DD): the date of every record of this build. */
export const DATA_VERSION_DATE = SITE.release.date;

/** The citation styles offered, in the order a menu lists them. */
export const CITATION_STYLES = ['apa', 'mla', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** What a menu shows for each style. */
export const CITATION_STYLE_LABELS: Record<CitationStyle, string> = citations.en.styles;

/**
 * The words and dates of a citation in the reader's language: the styles' structure stays, their
 * fixed words ("Retrieved", "Accessed"…) and dates are the language's, and the titles are given in
 * it by the caller. English where not given.
 */
export type CitationLanguage = {
  /** For dates, e.g. 'uk'; English dates are written by hand as each style prescribes. */
  locale: string;
  /** The map's title in the language. */
  siteName: string;
  words: (typeof citations)['en']['words'];
};

export type CitationOptions = {
  /** The record's stable URL, e.g. https://example.org/?deposit=tomtor. */
  pageUrl: string;
  /** When the reader looked at the record; formatted in UTC. */
  accessed: Date;
  /** The reader's language, where it is not English. */
  language?: CitationLanguage;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** MLA 9 abbreviates months longer than four letters (MLA Handbook, appendix 1). */
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

type Ymd = { year: number; month: number; day: number };

function fromIso(date: string): Ymd {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

function fromDate(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "November 27, 2026" (APA, Chicago). */
function longDate({ year, month, day }: Ymd): string {
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "27 Nov. 2026" (MLA). */
function mlaDate({ year, month, day }: Ymd): string {
  return `${day} ${MLA_MONTHS[month - 1]} ${year}`;
}

/** "2026, November 27" (APA's date in parentheses). */
function apaDate({ year, month, day }: Ymd): string {
  return `${year}, ${MONTHS[month - 1]} ${day}`;
}

/** Ends a sentence with a period unless it already ends with terminal punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * A title inside double quotation marks (MLA, Chicago): quotation marks inside it become single,
 * and the closing period goes inside every closing quotation mark, as American usage has it:
 * "Putin: … in the 'new territories.'"
 */
function quotedTitle(title: string): string {
  const inner = title.replace(/"/g, "'");
  const endsInQuote = /(^|\s)'[^']*'$/.test(inner);
  return `"${endsInQuote ? `${sentence(inner.slice(0, -1))}'` : sentence(inner)}"`;
}

/** What a record is, for the description after its title. */
type Work = {
  title: string;
  description: (formatDate: (d: Ymd) => string, words: CitationLanguage['words']) => string;
};

function statementWork(statement: Statement): Work {
  return {
    title: statement.title,
    // A 'document' record (e.g. a draft agreement) has no speaker to attribute a statement to.
    description: (format, w) =>
      `${statement.venueKind === 'document' ? '' : w.statementBy}${statement.speaker}, ${format(fromIso(statement.date))}`,
  };
}

/** A calendar date in the language, e.g. "27 листопада 2026 р."; in UTC like every date here. */
function localDate(locale: string) {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return ({ year, month, day }: Ymd) => format.format(new Date(Date.UTC(year, month - 1, day)));
}

function cite(work: Work, style: CitationStyle, { pageUrl, accessed, language }: CitationOptions): string {
  if (language) return citeIn(language, work, style, { pageUrl, accessed });
  const w = citations.en.words;
  const release = fromIso(SITE.release.date);
  const { version } = SITE.release;
  const seen = fromDate(accessed);
  switch (style) {
    case 'apa':
      // APA 7, a page of a website with no personal author: the title moves to the author position,
      // then the version and a bracketed description; the site and its publisher; a retrieval date
      // because the page may change; no period after the URL.
      return [
        `${work.title} (Version ${version}) [${work.description(longDate, w)}].`,
        `(${apaDate(release)}).`,
        `${MAP_TITLE}; ${sentence(SITE.publisher)}`,
        `Retrieved ${longDate(seen)}, from ${pageUrl}`,
      ].join(' ');
    case 'mla':
      // MLA 9 core elements: "Title." Description. Container, version, publisher, date, location. Accessed date.
      return [
        quotedTitle(work.title),
        sentence(work.description(mlaDate, w)),
        `${MAP_TITLE}, version ${version}, ${SITE.publisher}, ${mlaDate(release)}, ${pageUrl}.`,
        `Accessed ${mlaDate(seen)}.`,
      ].join(' ');
    case 'chicago':
      // Chicago 17 (14.206–14.207), bibliography entry for a web page with no author: it begins with
      // the title; then the site, its owner and the date of this version.
      return [
        quotedTitle(work.title),
        sentence(work.description(longDate, w)),
        `${MAP_TITLE}, version ${version}.`,
        `${SITE.publisher}, ${longDate(release)}.`,
        `Accessed ${longDate(seen)}.`,
        sentence(pageUrl),
      ].join(' ');
  }
}

/** The same three styles with the language's words and dates (the order of the elements is the style's). */
function citeIn(
  language: CitationLanguage,
  work: Work,
  style: CitationStyle,
  { pageUrl, accessed }: CitationOptions,
): string {
  const { words: w, siteName, locale } = language;
  const date = localDate(locale);
  const release = date(fromIso(SITE.release.date));
  const seen = date(fromDate(accessed));
  const { version } = SITE.release;
  const title = (t: string) => `«${t.replace(/[«»]/g, '"')}»`;
  switch (style) {
    case 'apa':
      return [
        `${work.title} (${w.version} ${version}) [${work.description(date, w)}].`,
        `(${release}).`,
        `${siteName}; ${sentence(SITE.publisher)}`,
        w.retrieved(seen, pageUrl),
      ].join(' ');
    case 'mla':
      return [
        sentence(title(work.title)),
        sentence(work.description(date, w)),
        `${siteName}, ${w.version.toLowerCase()} ${version}, ${SITE.publisher}, ${release}, ${pageUrl}.`,
        sentence(w.accessed(seen)),
      ].join(' ');
    case 'chicago':
      return [
        sentence(title(work.title)),
        sentence(work.description(date, w)),
        `${siteName}, ${w.version.toLowerCase()} ${version}.`,
        `${SITE.publisher}, ${release}.`,
        sentence(w.accessed(seen)),
        sentence(pageUrl),
      ].join(' ');
  }
}

/**
 * Cites one statement's page of the map, naming whom it quotes and when it was said.
 *
 * @example citeStatement(s, 'mla', { pageUrl: 'https://example.org/?statement=peskov-briefing', accessed: new Date() })
 */
export function citeStatement(statement: Statement, style: CitationStyle, options: CitationOptions): string {
  return cite(statementWork(statement), style, options);
}

/** Cites one deposit's page of the map, e.g. "Tomtor (incl. Buranny section)". */
export function citeDeposit(deposit: Pick<Deposit, 'name'>, style: CitationStyle, options: CitationOptions): string {
  return cite({ title: deposit.name, description: (_, w) => w.depositRecord }, style, options);
}

/** Cites one area's page of the map, e.g. "Murmansk Oblast". */
export function citeArea(name: string, style: CitationStyle, options: CitationOptions): string {
  return cite({ title: name, description: (_, w) => w.areaRecord }, style, options);
}

// ---------------------------------------------------------------- the statement itself

const ORIGIN_RANK: Record<CitedSource['origin'], number> = { original: 0, wire: 1, copy: 2 };

/**
 * The source a citation of the statement itself names: the speaker's own page where the data has
 * one (origin 'original', a primary record before a report of it), else a news agency's own page
 * (origin 'wire'), else the first copy in the data's order. The article that reported the
 * statement is its source only where nothing else is. The data's order breaks ties.
 */
export function originalSourceOf(statement: Statement): CitedSource {
  const rank = (s: CitedSource) =>
    (s.kind === 'article' ? 10 : 0) + ORIGIN_RANK[s.origin] * 2 + (s.kind === 'primary' ? 0 : 1);
  return [...statement.sources].sort((a, b) => rank(a) - rank(b))[0]!;
}

/**
 * Who published a source, as the data names it. A copy names whose text it carries and where it
 * was read ("Reuters, via Japan Today"), so a reader can find either, and no copy passes for the
 * original.
 */
export function publisherOf(source: Pick<CitedSource, 'publisher' | 'origin' | 'copyOf'>): string {
  return source.origin === 'copy' && source.copyOf ? `${source.copyOf}, via ${source.publisher}` : source.publisher;
}

/** A person's name as "Family, G." (APA) or "Family, Given" (MLA, Chicago); null for a body or a document. */
function personName(statement: Statement, initials: boolean): string | null {
  if (statement.venueKind === 'document') return null;
  const words = statement.speaker.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || /[,;()]/.test(statement.speaker)) return null;
  const family = words.at(-1)!;
  const given = words.slice(0, -1);
  return `${family}, ${initials ? given.map((g) => `${g[0]}.`).join(' ') : given.join(' ')}`;
}

/**
 * Cites the statement itself rather than the map: the speaker as author, the day it was said, the
 * venue as the description of the work, and the original source (its publisher and address).
 * A record with no personal speaker (a draft agreement) begins with the venue, as a work with no author.
 */
export function citeOriginal(statement: Statement, style: CitationStyle): string {
  const source = originalSourceOf(statement);
  const publisher = publisherOf(source);
  const said = fromIso(statement.date);
  const venue = statement.venue;
  switch (style) {
    case 'apa': {
      // APA 7: Author, A. (Year, Month Day). [Description of an untitled work]. Publisher. URL
      const author = personName(statement, true);
      return author
        ? `${sentence(author)} (${apaDate(said)}). [${venue}]. ${sentence(publisher)} ${source.url}`
        : `[${venue}]. (${apaDate(said)}). ${sentence(publisher)} ${source.url}`;
    }
    case 'mla': {
      // MLA 9: Author. Description. Container or publisher, Day Mon. Year, URL.
      const author = personName(statement, false);
      return [author && sentence(author), sentence(venue), `${publisher}, ${mlaDate(said)}, ${source.url}.`]
        .filter(Boolean)
        .join(' ');
    }
    case 'chicago': {
      // Chicago 17, bibliography: Author. Description. Month Day, Year. Publisher. URL.
      const author = personName(statement, false);
      return [
        author && sentence(author),
        sentence(venue),
        `${longDate(said)}.`,
        sentence(publisher),
        sentence(source.url),
      ]
        .filter(Boolean)
        .join(' ');
    }
  }
}
