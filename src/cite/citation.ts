/**
 * Ready-made citations of one record of the map (a statement or a deposit), as plain text.
 *
 * What is cited is the map's own record page, not the sources behind it: a web page with no
 * personal author, whose site is the map (MAP_TITLE), dated by the version of the map's data
 * (DATA_VERSION_DATE), found at the record's stable URL on the given access date. Titles are kept
 * as the data gives them (sentence case), so APA needs no change and MLA and Chicago, which prefer
 * title case, get the title exactly as published. Every date is formatted in UTC, so a citation
 * does not change with the reader's time zone.
 */
import type { Deposit, Statement } from '../data/schema';

/** The map's title, used as the site name in every citation. */
export const MAP_TITLE = "Russia's rare-earth offer: the regions, the deposits and what was said";

/** The date the map's data was compiled (YYYY-MM-DD): the "publication" date of every record. */
export const DATA_VERSION_DATE = '2026-11-27';

/** The citation styles offered, in the order a menu lists them. */
export const CITATION_STYLES = ['apa', 'mla', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** What a menu shows for each style. */
export const CITATION_STYLE_LABELS: Record<CitationStyle, string> = {
  apa: 'APA (7th edition)',
  mla: 'MLA (9th edition)',
  chicago: 'Chicago (17th edition, notes and bibliography: bibliography entry)',
};

export type CitationOptions = {
  /** The record's stable URL, e.g. https://example.org/?deposit=tomtor. */
  pageUrl: string;
  /** When the reader looked at the record; formatted in UTC. */
  accessed: Date;
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
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

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
type Work = { title: string; description: (formatDate: (d: Ymd) => string) => string };

function statementWork(statement: Statement): Work {
  return {
    title: statement.title,
    // A 'document' record (e.g. a draft agreement) has no speaker to attribute a statement to.
    description: (format) =>
      `${statement.venueKind === 'document' ? '' : 'Statement by '}${statement.speaker}, ${format(fromIso(statement.date))}`,
  };
}

function depositWork(deposit: Deposit): Work {
  return { title: deposit.name, description: () => 'Deposit record' };
}

function cite(work: Work, style: CitationStyle, { pageUrl, accessed }: CitationOptions): string {
  const version = fromIso(DATA_VERSION_DATE);
  const seen = fromDate(accessed);
  switch (style) {
    case 'apa':
      // APA 7, web page with no author: the title moves to the author position; a page that
      // changes over time gets a retrieval date; no period after the URL.
      return [
        `${work.title} [${work.description(longDate)}].`,
        `(${apaDate(version)}).`,
        sentence(MAP_TITLE),
        `Retrieved ${longDate(seen)}, from ${pageUrl}`,
      ].join(' ');
    case 'mla':
      // MLA 9: "Title." Description. Container, date, location. Accessed date.
      return [
        quotedTitle(work.title),
        sentence(work.description(mlaDate)),
        `${MAP_TITLE}, ${mlaDate(version)}, ${pageUrl}.`,
        `Accessed ${mlaDate(seen)}.`,
      ].join(' ');
    case 'chicago':
      // Chicago 17 (14.207), bibliography entry for a web page with no author: it begins with the title.
      return [
        quotedTitle(work.title),
        sentence(work.description(longDate)),
        sentence(MAP_TITLE),
        `Last modified ${longDate(version)}.`,
        `Accessed ${longDate(seen)}.`,
        sentence(pageUrl),
      ].join(' ');
  }
}

/**
 * Cites one statement's record page, naming whom it quotes and when it was said.
 *
 * @example citeStatement(s, 'mla', { pageUrl: 'https://example.org/?statement=peskov-briefing', accessed: new Date() })
 */
export function citeStatement(statement: Statement, style: CitationStyle, options: CitationOptions): string {
  return cite(statementWork(statement), style, options);
}

/** Cites one deposit's record page, e.g. "Tomtor (incl. Buranny section)", as a record of the map. */
export function citeDeposit(deposit: Deposit, style: CitationStyle, options: CitationOptions): string {
  return cite(depositWork(deposit), style, options);
}
