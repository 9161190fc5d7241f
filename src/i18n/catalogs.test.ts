import { describe, expect, it } from 'vitest';
import { loadMessages } from './catalogs';
import { LANGS } from './langs';
import { about } from './messages/about';
import { citations } from './messages/citations';
import { depositCard } from './messages/deposit-card';
import { keyboardHelp } from './messages/keyboard-help';
import { embedDialog } from './messages/embed-dialog';
import { picture } from './messages/picture';
import { en } from './messages/en';
import { listView } from './messages/list-view';
import { page } from './messages/page';
import { sourcesView } from './messages/sources-view';
import { timeline } from './messages/timeline';

/** The sections that load with the parts of the app that use them (src/i18n/sections.ts). */
const SECTIONS = {
  about,
  citations,
  depositCard,
  embedDialog,
  keyboardHelp,
  listView,
  page,
  picture,
  sourcesView,
  timeline,
};

/** Every key path of a catalog, with "()" after the functions and their number of arguments. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}(${value.length})`];
  if (typeof value === 'string') return [path];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: not a string or function`];
}

/** Calls every message with sample arguments, so that a broken one fails here and not in front of a reader. */
function samples(value: unknown): string[] {
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : 'x'));
    return [String((value as (...a: unknown[]) => unknown)(...args))];
  }
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(samples);
}

describe.each(LANGS)('the %s catalog', (lang) => {
  it('has every key of the English catalog, and no other', async () => {
    const messages = await loadMessages(lang);
    expect(shape(messages).sort()).toEqual(shape(en).sort());
  });

  it('has no empty message', async () => {
    // A digit group separator is a space in Ukrainian and Russian: not a message.
    const { numberWords, ...messages } = await loadMessages(lang);
    expect(numberWords.group).toMatch(/^[,\u00a0]$/);
    for (const text of samples(messages)) expect(text.trim()).not.toBe('');
  });
});

describe.each(Object.entries(SECTIONS))('the %s section', (_, section) => {
  it.each(LANGS)('has every key of its English in %s, and no other, none empty', (lang) => {
    expect(shape(section[lang]).sort()).toEqual(shape(section.en).sort());
    for (const text of samples(section[lang])) expect(text.trim()).not.toBe('');
  });
});
