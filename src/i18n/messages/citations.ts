/**
 * The citation formats: text used only by a part of the app that loads on demand, so it lives in that part's
 * chunk, in every language, rather than in the first view's catalog. Same rules as the catalogs
 * (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { Section } from '../sections';

/** The access note of the Ukrainian and Russian citations: one label, with the URL and without. */
const accessNote = (label: string) => ({
  retrieved: (date: string, url: string) => `${label}: ${date}. URL: ${url}`,
  accessed: (date: string) => `${label}: ${date}`,
});

const en = {
  words: {
    version: 'Version',
    statementBy: 'Statement by ',
    depositRecord: 'Deposit record',
    areaRecord: 'Area record',
    retrieved: (date: string, url: string) => `Retrieved ${date}, from ${url}`,
    accessed: (date: string) => `Accessed ${date}`,
  },
  itself: 'Cite the statement itself (speaker, date, venue, original source)',
  page: 'Cite this page of the map',
  styles: {
    apa: 'APA (7th edition)',
    mla: 'MLA (9th edition)',
    chicago: 'Chicago (17th edition, bibliography entry)',
  },
};

export const citations: Section<typeof en> = {
  en,
  uk: {
    words: {
      version: 'Версія',
      statementBy: 'Заява: ',
      depositRecord: 'Запис про родовище',
      areaRecord: 'Запис про територію',
      ...accessNote('Дата звернення'),
    },
    itself: 'Цитувати саму заяву (хто, коли, де, першоджерело)',
    page: 'Цитувати цю сторінку карти',
    styles: {
      apa: 'APA (7-ме видання)',
      mla: 'MLA (9-те видання)',
      chicago: 'Chicago (17-те видання, бібліографічний запис)',
    },
  },
  ru: {
    words: {
      version: 'Версия',
      statementBy: 'Заявление: ',
      depositRecord: 'Запись о месторождении',
      areaRecord: 'Запись о территории',
      ...accessNote('Дата обращения'),
    },
    itself: 'Цитировать само заявление (кто, когда, где, первоисточник)',
    page: 'Цитировать эту страницу карты',
    styles: {
      apa: 'APA (7-е издание)',
      mla: 'MLA (9-е издание)',
      chicago: 'Chicago (17-е издание, библиографическая запись)',
    },
  },
};
