/**
 * Where each language comes from. English is bundled with the app; Ukrainian and Russian (their
 * catalogs and their translations of the data) are chunks of their own, fetched only when a
 * reader asks for them, and kept once fetched.
 */
import { ENGLISH, i18nFor, type I18n } from './I18n';
import type { Lang } from './langs';
import type { Messages } from './messages/en';

const loaders: Record<Lang, () => Promise<I18n>> = {
  en: async () => ENGLISH,
  uk: async () => {
    const [{ uk }, { dataText }] = await Promise.all([import('./messages/uk'), import('./data/uk.gen')]);
    return i18nFor('uk', uk, dataText);
  },
  ru: async () => {
    const [{ ru }, { dataText }] = await Promise.all([import('./messages/ru'), import('./data/ru.gen')]);
    return i18nFor('ru', ru, dataText);
  },
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

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (await loadLanguage(lang)).t;
}
