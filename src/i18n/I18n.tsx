import { createContext, use, useContext, type ReactNode } from 'react';
import { formatsFor, type Formats } from '../vocab/format';
import type { Wording } from '../data/schema';
import type { DataText } from './data-text';
import type { Lang } from './langs';
import type { Messages } from './messages/en';

/**
 * Something fetched when first needed: `value` once it has arrived. `load` gives the same promise
 * every time, as React's `use` requires, and forgets a failure so that asking again fetches again.
 */
export type Later<T> = { value: T | null; load: () => Promise<T> };

export function later<T>(fetch: () => Promise<T>): Later<T> {
  let pending: Promise<T> | null = null;
  const self: Later<T> = {
    value: null,
    load: () =>
      (pending ??= fetch().then(
        (v) => (self.value = v),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      )),
  };
  return self;
}

/** What a language adds to the data; English adds nothing: the data is English. */
export type Translated = {
  /** Translations of what the first view shows, with the language. */
  data: DataText;
  /** Translations of the rest (statement notes, the timeline, the methods section), when first needed. */
  details: Later<DataText>;
  /** By statement id, the wording its key quote leads with in this language, its label translated. */
  leads: Record<string, Wording>;
  /** The map's city and country names, by English name; a place missing here is shown in English. */
  places: Record<string, string>;
};

/** One language: its catalog `t`, its formats `fmt`, and what it adds to the data (null for English). */
export type I18n = { lang: Lang; t: Messages; fmt: Formats } & { [K in keyof Translated]: Translated[K] | null };

/** Builds the catalog and formats of one language; call once per language, not per render. */
export function i18nFor(lang: Lang, t: Messages, translated: Translated | null = null): I18n {
  return {
    lang,
    t,
    fmt: formatsFor(t),
    data: translated?.data ?? null,
    details: translated?.details ?? null,
    leads: translated?.leads ?? null,
    places: translated?.places ?? null,
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The reader's language: its catalog `t`, its formats `fmt`, its code `lang`, its data translations. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  // Only a component rendered outside <LangProvider> or <I18nProvider> can have none.
  if (!i18n) throw new Error('no I18nProvider');
  return i18n;
}

/** The reader's catalog, for components that need only its text. */
export function useT(): Messages {
  return useI18n().t;
}

/**
 * The reader's language with its detailed translations of the data in place (statement notes, the
 * timeline, the methods section): the first time, suspends until they have arrived, so the part
 * needs a <Suspense> around it.
 */
export function useI18nDetails(): I18n {
  const i18n = useI18n();
  if (i18n.details && i18n.details.value === null) use(i18n.details.load());
  return i18n;
}
