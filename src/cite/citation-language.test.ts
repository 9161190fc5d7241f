import { describe, expect, it } from 'vitest';
import { readRawData } from '../data/read-data';
import { validate } from '../data/validate';
import { citations } from '../i18n/messages/citations';
import { ru } from '../i18n/messages/ru';
import { uk } from '../i18n/messages/uk';
import { citeDeposit, citeStatement, CITATION_STYLES } from './citation';

const result = validate(readRawData('.'));
if (!result.ok) throw new Error(result.errors.join('\n'));
const peskov = result.dataset.statements.find((s) => s.id === 'peskov-briefing')!;
const accessed = new Date('2026-12-01T23:30:00Z');
const pageUrl = 'https://example.org/uk/?statement=peskov-briefing';

describe('citations in the reader’s language', () => {
  it.each(CITATION_STYLES)('%s in Ukrainian: its words and dates, the title as given', (style) => {
    const language = { locale: 'uk', siteName: uk.site.citationSiteName, words: citations.uk.words };
    const text = citeStatement({ ...peskov, title: 'Пєсков: заголовок', speaker: 'Дмитро Пєсков' }, style, {
      pageUrl,
      accessed,
      language,
    });
    expect(text).toContain('Пєсков: заголовок');
    expect(text).toContain(uk.site.citationSiteName);
    expect(text).toContain('Дата звернення: 1 грудня 2026 р.');
    expect(text).toContain('Заява: Дмитро Пєсков, 25 лютого 2025 р.');
    expect(text).toContain(pageUrl);
    expect(text).not.toMatch(/Retrieved|Accessed|Statement by/);
  });

  it('a deposit in Russian', () => {
    const language = { locale: 'ru', siteName: ru.site.citationSiteName, words: citations.ru.words };
    const text = citeDeposit({ name: 'Томторское' }, 'mla', { pageUrl, accessed, language });
    expect(text).toMatch(/^«Томторское»\. Запись о месторождении\. /);
    expect(text).toContain('Дата обращения: 1 декабря 2026 г.');
  });
});
