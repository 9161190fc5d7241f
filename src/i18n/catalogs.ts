/**
 * Where each language comes from. Each is a chunk of its own, fetched when the page or the reader
 * asks for it and kept once fetched: its catalog, and (for Ukrainian and Russian) its translations
 * of what the first view shows. The translations of the rest of the data (statement notes, the
 * timeline, the methods section) come later still, when a part first needs them (`useI18nDetails`).
 */
import type { Wording } from '../data/schema';
import type { DataText } from './data-text';
import { i18nFor, later, type I18n, type Later } from './I18n';
import type { Lang } from './langs';
import type { Messages } from './messages/en';

const details: Record<Lang, Later<DataText> | null> = {
  en: null,
  uk: later(() => import('./data/uk.details.gen').then((m) => m.dataText)),
  ru: later(() => import('./data/ru.details.gen').then((m) => m.dataText)),
};

type FirstPart = { dataText: DataText; leads: Record<string, Wording>; places: Record<string, string> };

/** A translated language: its catalog and its translations of the first view, fetched side by side. */
async function translated(lang: Lang, catalog: Promise<Messages>, first: Promise<FirstPart>): Promise<I18n> {
  const [t, { dataText, leads, places }] = await Promise.all([catalog, first]);
  return i18nFor(lang, t, { data: dataText, details: details[lang]!, leads, places });
}

const loaders: Record<Lang, () => Promise<I18n>> = {
  en: () => import('./messages/en').then((m) => i18nFor('en', m.en)),
  uk: () =>
    translated(
      'uk',
      import('./messages/uk').then((m) => m.uk),
      import('./data/uk.gen'),
    ),
  ru: () =>
    translated(
      'ru',
      import('./messages/ru').then((m) => m.ru),
      import('./data/ru.gen'),
    ),
};

const loaded = new Map<Lang, Promise<I18n>>();

/** A language, ready to render; a failed fetch is forgotten, so asking again fetches again. */
export function loadLanguage(lang: Lang): Promise<I18n> {
  let pending = loaded.get(lang);
  if (!pending) {
    pending = loaders[lang]().catch((e: unknown) => {
      loaded.delete(lang);
      throw e;
    });
    loaded.set(lang, pending);
  }
  return pending;
}

/**
 * A language with its detailed translations too, for a page that shows them at once (a link to a
 * statement, the text version). Without the details (they could not be fetched), the language alone.
 */
export async function loadLanguageWhole(lang: Lang): Promise<I18n> {
  const [i18n] = await Promise.all([loadLanguage(lang), details[lang]?.load().catch(() => undefined)]);
  return i18n;
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (await loadLanguage(lang)).t;
}
