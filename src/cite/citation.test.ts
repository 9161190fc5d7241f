import { describe, expect, it } from 'vitest';
import { readRawData as loadRaw } from '../data/read-data';
import type { Deposit, Statement } from '../data/schema';
import { validate } from '../data/validate';
import {
  CITATION_STYLE_LABELS,
  CITATION_STYLES,
  citeArea,
  citeDeposit,
  citeOriginal,
  citeStatement,
  MAP_TITLE,
  originalSourceOf,
} from './citation';
import { SITE } from './site';

const result = validate(loadRaw());
if (!result.ok) throw new Error(result.errors.join('\n'));
const { deposits, statements } = result.dataset;
const peskov = statements.find((s) => s.id === 'peskov-briefing')!;
const putin = statements.find((s) => s.id === 'putin-foreign-partners')!;
const tomtor = deposits.find((d) => d.id === 'tomtor')!;

// Late in the evening UTC: a local-time formatter east of Greenwich would say 2 December.
const accessed = new Date('2026-12-01T23:30:00Z');
const statementPage = { pageUrl: 'https://example.org/?statement=peskov-briefing', accessed };
const depositPage = { pageUrl: 'https://example.org/?deposit=tomtor', accessed };

// The release as site.config.json gives it, in each style's form: the tests follow the file.
const [year, month, day] = SITE.release.date.split('-').map(Number) as [number, number, number];
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
];
const MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const v = SITE.release.version;
const pub = SITE.publisher;
const apaRelease = `(${year}, ${MONTHS[month - 1]} ${day})`;
const mlaRelease = `${day} ${MLA[month - 1]} ${year}`;
const longRelease = `${MONTHS[month - 1]} ${day}, ${year}`;

describe('citeStatement', () => {
  it('cites in APA 7', () => {
    expect(citeStatement(peskov, 'apa', statementPage)).toBe(
      `Peskov: the Americans need rare earth metals, and Russia has a lot of them (Version ${v}) [Statement by Dmitry Peskov, February 25, 2025]. ${apaRelease}. ${MAP_TITLE}; ${pub}. Retrieved December 1, 2026, from https://example.org/?statement=peskov-briefing`,
    );
  });

  it('cites in MLA 9', () => {
    expect(citeStatement(peskov, 'mla', statementPage)).toBe(
      `"Peskov: the Americans need rare earth metals, and Russia has a lot of them." Statement by Dmitry Peskov, 25 Feb. 2025. ${MAP_TITLE}, version ${v}, ${pub}, ${mlaRelease}, https://example.org/?statement=peskov-briefing. Accessed 1 Dec. 2026.`,
    );
  });

  it('cites in Chicago (bibliography entry)', () => {
    expect(citeStatement(peskov, 'chicago', statementPage)).toBe(
      `"Peskov: the Americans need rare earth metals, and Russia has a lot of them." Statement by Dmitry Peskov, February 25, 2025. ${MAP_TITLE}, version ${v}. ${pub}, ${longRelease}. Accessed December 1, 2026. https://example.org/?statement=peskov-briefing.`,
    );
  });

  it('dates the work by the release, and the access date only as the date of retrieval', () => {
    const later = { ...statementPage, accessed: new Date('2031-03-05T12:00:00Z') };
    const seen = {
      apa: ['Retrieved December 1, 2026', 'Retrieved March 5, 2031'],
      mla: ['Accessed 1 Dec. 2026', 'Accessed 5 Mar. 2031'],
      chicago: ['Accessed December 1, 2026', 'Accessed March 5, 2031'],
    };
    for (const style of CITATION_STYLES) {
      const now = citeStatement(peskov, style, statementPage);
      const [before, after] = seen[style];
      // Two readers of the same release, years apart, differ only in the access date.
      expect(now, style).toContain(before);
      expect(citeStatement(peskov, style, later), style).toBe(now.replace(before!, after!));
    }
  });

  it("puts the period inside a title's closing quotation mark", () => {
    const mla = citeStatement(putin, 'mla', { pageUrl: 'https://example.org/', accessed });
    expect(mla).toMatch(/^"Putin: .* also in the 'new territories\.'" Statement by Vladimir Putin, 24 Feb\. 2025\. /);
  });

  it('turns double quotes inside a title into single ones, and adds no period after a question mark', () => {
    const s: Statement = { ...peskov, title: 'Did he say "a lot of them"?' };
    expect(citeStatement(s, 'chicago', statementPage)).toMatch(/^"Did he say 'a lot of them'\?" Statement by/);
    expect(citeStatement(s, 'apa', statementPage)).toMatch(/^Did he say "a lot of them"\? \(Version /);
  });

  it('names no speaker as making a statement when the record is a document', () => {
    const s: Statement = { ...peskov, venueKind: 'document', speaker: 'US draft agreement', date: '2025-02-12' };
    expect(citeStatement(s, 'apa', statementPage)).toContain('[US draft agreement, February 12, 2025]');
  });
});

describe('citeDeposit and citeArea', () => {
  it('cites a deposit in APA 7, MLA 9 and Chicago', () => {
    expect(citeDeposit(tomtor, 'apa', depositPage)).toBe(
      `Tomtor (incl. Buranny section) (Version ${v}) [Deposit record]. ${apaRelease}. ${MAP_TITLE}; ${pub}. Retrieved December 1, 2026, from https://example.org/?deposit=tomtor`,
    );
    expect(citeDeposit(tomtor, 'mla', depositPage)).toBe(
      `"Tomtor (incl. Buranny section)." Deposit record. ${MAP_TITLE}, version ${v}, ${pub}, ${mlaRelease}, https://example.org/?deposit=tomtor. Accessed 1 Dec. 2026.`,
    );
    expect(citeDeposit(tomtor, 'chicago', depositPage)).toBe(
      `"Tomtor (incl. Buranny section)." Deposit record. ${MAP_TITLE}, version ${v}. ${pub}, ${longRelease}. Accessed December 1, 2026. https://example.org/?deposit=tomtor.`,
    );
  });

  it('cites an area as an area record', () => {
    expect(citeArea('Murmansk Oblast', 'mla', { pageUrl: 'https://example.org/?area=murmansk', accessed })).toBe(
      `"Murmansk Oblast." Area record. ${MAP_TITLE}, version ${v}, ${pub}, ${mlaRelease}, https://example.org/?area=murmansk. Accessed 1 Dec. 2026.`,
    );
  });

  it('abbreviates September as MLA does and formats the access date in UTC', () => {
    const d: Deposit = { ...tomtor, name: 'Test' };
    const at = new Date('2026-09-05T00:30:00+02:00'); // 4 September, 22:30 UTC
    expect(citeDeposit(d, 'mla', { pageUrl: 'https://example.org/', accessed: at })).toMatch(
      /Accessed 4 Sept\. 2026\.$/,
    );
    expect(citeDeposit(d, 'chicago', { pageUrl: 'https://example.org/', accessed: at })).toContain(
      'Accessed September 4, 2026.',
    );
    expect(citeDeposit(d, 'apa', { pageUrl: 'https://example.org/', accessed: at })).toContain(
      'Retrieved September 4, 2026, from',
    );
  });
});

describe('citeOriginal: the statement itself', () => {
  const kremlin = {
    kind: 'primary' as const,
    title: 'Kremlin: Meeting on developing the rare-earth metals industry',
    url: 'http://en.kremlin.ru/events/president/news/76330',
    publisher: 'President of Russia',
    origin: 'original' as const,
  };
  const interview: Statement = {
    ...putin,
    speaker: 'Vladimir Putin',
    date: '2025-02-24',
    venue: 'Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo',
    sources: [
      {
        kind: 'mirror',
        title: 'Latvia News: a copy',
        url: 'https://latvia-news.com/x',
        publisher: 'Latvia News',
        origin: 'copy',
        copyOf: 'TASS',
      },
      kremlin,
    ],
  };

  it('names the original record before any copy', () => {
    expect(originalSourceOf(interview)).toEqual(kremlin);
  });

  it('cites in APA 7: the speaker as author, the day said, the venue described, the original', () => {
    expect(citeOriginal(interview, 'apa')).toBe(
      'Putin, V. (2025, February 24). [Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo]. President of Russia. http://en.kremlin.ru/events/president/news/76330',
    );
  });

  it('cites in MLA 9', () => {
    expect(citeOriginal(interview, 'mla')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. President of Russia, 24 Feb. 2025, http://en.kremlin.ru/events/president/news/76330.',
    );
  });

  it('cites in Chicago (bibliography entry)', () => {
    expect(citeOriginal(interview, 'chicago')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. February 24, 2025. President of Russia. http://en.kremlin.ru/events/president/news/76330.',
    );
  });

  it('begins with the description when no person is the author', () => {
    const draft: Statement = {
      ...interview,
      venueKind: 'document',
      speaker: 'US draft agreement',
      venue: 'US draft agreement presented in Kyiv',
      date: '2025-02-12',
    };
    expect(citeOriginal(draft, 'apa')).toBe(
      '[US draft agreement presented in Kyiv]. (2025, February 12). President of Russia. http://en.kremlin.ru/events/president/news/76330',
    );
    expect(citeOriginal(draft, 'mla')).toMatch(
      /^US draft agreement presented in Kyiv\. President of Russia, 12 Feb\. 2025, /,
    );
  });

  const wire = {
    kind: 'wire' as const,
    title: 'TASS: Putin on rare earths',
    url: 'https://tass.com/economy/1',
    publisher: 'TASS',
    origin: 'wire' as const,
  };
  const reuters = {
    kind: 'wire' as const,
    title: 'Reuters via Japan Today: Kremlin says…',
    url: 'https://japantoday.com/x',
    publisher: 'Japan Today',
    origin: 'copy' as const,
    copyOf: 'Reuters',
  };
  const article = {
    kind: 'article' as const,
    title: 'The Newsmen: the article',
    url: 'https://thenewsmen.co.in/x',
    publisher: 'The Newsmen',
    origin: 'original' as const,
  };

  it("names a news agency's own page before a copy, and never the article that reported it", () => {
    const s: Statement = { ...interview, sources: [article, reuters, wire] };
    expect(originalSourceOf(s)).toEqual(wire);
    expect(citeOriginal(s, 'apa')).toBe(
      'Putin, V. (2025, February 24). [Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo]. TASS. https://tass.com/economy/1',
    );
    expect(citeOriginal(s, 'mla')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. TASS, 24 Feb. 2025, https://tass.com/economy/1.',
    );
    expect(citeOriginal(s, 'chicago')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. February 24, 2025. TASS. https://tass.com/economy/1.',
    );
  });

  it('names whose text a copy carries and where it was read, when only copies were found', () => {
    const s: Statement = { ...interview, sources: [article, reuters] };
    expect(originalSourceOf(s)).toEqual(reuters);
    expect(citeOriginal(s, 'apa')).toBe(
      'Putin, V. (2025, February 24). [Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo]. Reuters, via Japan Today. https://japantoday.com/x',
    );
    expect(citeOriginal(s, 'mla')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. Reuters, via Japan Today, 24 Feb. 2025, https://japantoday.com/x.',
    );
    expect(citeOriginal(s, 'chicago')).toBe(
      'Putin, Vladimir. Answers to questions from journalist Pavel Zarubin, Novo-Ogaryovo. February 24, 2025. Reuters, via Japan Today. https://japantoday.com/x.',
    );
  });

  it('cites the article only where it is the one source', () => {
    expect(originalSourceOf({ ...interview, sources: [article] })).toEqual(article);
  });

  it("cites the data's statements by their originals: the Kremlin's page, else a labelled copy", () => {
    const byId = (id: string) => statements.find((s) => s.id === id)!;
    // The Kremlin's own page of the meeting, ahead of the reports of it.
    // All three remarks from Putin's answers to Zarubin are carried by the Kremlin's transcript.
    for (const id of ['putin-foreign-partners', 'putin-regions', 'putin-assessment']) {
      const kremlinPage = byId(id);
      expect(originalSourceOf(kremlinPage).url, id).toBe('http://en.kremlin.ru/events/president/news/76330');
      for (const style of CITATION_STYLES) expect(citeOriginal(kremlinPage, style)).toContain('President of Russia');
    }
    // Known only from copies: each citation says whose text it is and where it was read.
    for (const id of ['peskov-briefing']) {
      const s = byId(id);
      const source = originalSourceOf(s);
      expect(source.origin, id).toBe('copy');
      expect(source.kind, id).not.toBe('article');
      for (const style of CITATION_STYLES)
        expect(citeOriginal(s, style), `${id} ${style}`).toContain(`${source.copyOf}, via ${source.publisher}`);
    }
    // No citation of a statement names a copy where the data has an original or a wire page.
    for (const s of statements) {
      const chosen = originalSourceOf(s);
      const better = s.sources.some((x) => x.kind !== 'article' && x.origin !== 'copy');
      if (better) expect(chosen.origin, s.id).not.toBe('copy');
      expect(chosen.kind === 'article', s.id).toBe(s.sources.every((x) => x.kind === 'article'));
    }
  });

  it('cites every statement of the data in every style, with its date and a source address', () => {
    for (const s of statements)
      for (const style of CITATION_STYLES) {
        const text = citeOriginal(s, style);
        expect(text, `${s.id} ${style}`).toContain(originalSourceOf(s).url);
        expect(text, `${s.id} ${style}`).toContain(s.date.slice(0, 4));
      }
  });
});

describe('the constants', () => {
  it('offers three labelled styles', () => {
    expect([...CITATION_STYLES]).toEqual(['apa', 'mla', 'chicago']);
    for (const s of CITATION_STYLES) expect(CITATION_STYLE_LABELS[s]).toBeTruthy();
    expect(MAP_TITLE).toBe("Russia's rare-earth offer: the regions, the deposits and what was said");
  });
});
