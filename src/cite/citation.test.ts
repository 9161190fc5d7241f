import { describe, expect, it } from 'vitest';
import { readRawData as loadRaw } from '../data/read-data';
import type { Deposit, Statement } from '../data/schema';
import { validate } from '../data/validate';
import { CITATION_STYLE_LABELS, CITATION_STYLES, citeDeposit, citeStatement, DATA_VERSION_DATE, MAP_TITLE } from './citation';

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

describe('citeStatement', () => {
  it('cites in APA 7', () => {
    expect(citeStatement(peskov, 'apa', statementPage)).toBe(
      "Peskov: the Americans need rare earth metals, and Russia has a lot of them [Statement by Dmitry Peskov, February 25, 2025]. (2026, November 27). Russia's rare-earth offer: the regions, the deposits and what was said. Retrieved December 1, 2026, from https://example.org/?statement=peskov-briefing",
    );
  });

  it('cites in MLA 9', () => {
    expect(citeStatement(peskov, 'mla', statementPage)).toBe(
      "\"Peskov: the Americans need rare earth metals, and Russia has a lot of them.\" Statement by Dmitry Peskov, 25 Feb. 2025. Russia's rare-earth offer: the regions, the deposits and what was said, 27 Nov. 2026, https://example.org/?statement=peskov-briefing. Accessed 1 Dec. 2026.",
    );
  });

  it('cites in Chicago (bibliography entry)', () => {
    expect(citeStatement(peskov, 'chicago', statementPage)).toBe(
      "\"Peskov: the Americans need rare earth metals, and Russia has a lot of them.\" Statement by Dmitry Peskov, February 25, 2025. Russia's rare-earth offer: the regions, the deposits and what was said. Last modified November 27, 2026. Accessed December 1, 2026. https://example.org/?statement=peskov-briefing.",
    );
  });

  it("puts the period inside a title's closing quotation mark", () => {
    const mla = citeStatement(putin, 'mla', { pageUrl: 'https://example.org/', accessed });
    expect(mla).toMatch(/^"Putin: .* also in the 'new territories\.'" Statement by Vladimir Putin, 24 Feb\. 2025\. /);
  });

  it('turns double quotes inside a title into single ones, and adds no period after a question mark', () => {
    const s: Statement = { ...peskov, title: 'Did he say "a lot of them"?' };
    expect(citeStatement(s, 'chicago', statementPage)).toMatch(/^"Did he say 'a lot of them'\?" Statement by/);
    expect(citeStatement(s, 'apa', statementPage)).toMatch(/^Did he say "a lot of them"\? \[Statement by/);
  });

  it('names no speaker as making a statement when the record is a document', () => {
    const s: Statement = { ...peskov, venueKind: 'document', speaker: 'US draft agreement', date: '2025-02-12' };
    expect(citeStatement(s, 'apa', statementPage)).toContain('[US draft agreement, February 12, 2025]');
  });
});

describe('citeDeposit', () => {
  it('cites in APA 7', () => {
    expect(citeDeposit(tomtor, 'apa', depositPage)).toBe(
      "Tomtor (incl. Buranny section) [Deposit record]. (2026, November 27). Russia's rare-earth offer: the regions, the deposits and what was said. Retrieved December 1, 2026, from https://example.org/?deposit=tomtor",
    );
  });

  it('cites in MLA 9', () => {
    expect(citeDeposit(tomtor, 'mla', depositPage)).toBe(
      "\"Tomtor (incl. Buranny section).\" Deposit record. Russia's rare-earth offer: the regions, the deposits and what was said, 27 Nov. 2026, https://example.org/?deposit=tomtor. Accessed 1 Dec. 2026.",
    );
  });

  it('cites in Chicago (bibliography entry)', () => {
    expect(citeDeposit(tomtor, 'chicago', depositPage)).toBe(
      "\"Tomtor (incl. Buranny section).\" Deposit record. Russia's rare-earth offer: the regions, the deposits and what was said. Last modified November 27, 2026. Accessed December 1, 2026. https://example.org/?deposit=tomtor.",
    );
  });

  it("abbreviates September as MLA does and formats the access date in UTC", () => {
    const d: Deposit = { ...tomtor, name: 'Test' };
    const at = new Date('2026-09-05T00:30:00+02:00'); // 4 September, 22:30 UTC
    expect(citeDeposit(d, 'mla', { pageUrl: 'https://example.org/', accessed: at })).toMatch(/Accessed 4 Sept\. 2026\.$/);
    expect(citeDeposit(d, 'chicago', { pageUrl: 'https://example.org/', accessed: at })).toContain('Accessed September 4, 2026.');
    expect(citeDeposit(d, 'apa', { pageUrl: 'https://example.org/', accessed: at })).toContain('Retrieved September 4, 2026, from');
  });
});

describe('the constants', () => {
  it('offers three labelled styles and a real version date', () => {
    expect([...CITATION_STYLES]).toEqual(['apa', 'mla', 'chicago']);
    for (const s of CITATION_STYLES) expect(CITATION_STYLE_LABELS[s]).toBeTruthy();
    expect(new Date(`${DATA_VERSION_DATE}T00:00:00Z`).toISOString().slice(0, 10)).toBe(DATA_VERSION_DATE);
    expect(MAP_TITLE).toBe("Russia's rare-earth offer: the regions, the deposits and what was said");
  });
});
