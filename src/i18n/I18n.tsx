import { createContext, useContext, type ReactNode } from 'react';
import { formatsFor, type Formats } from '../vocab/format';
import type { DataText } from './data-text';
import { LOCALES, type Lang } from './langs';
import { en, type Messages } from './messages/en';

/** One language: its catalog `t`, its formats `fmt`, and its translations of the data (none for English). */
export type I18n = { lang: Lang; t: Messages; fmt: Formats; data: DataText | null };

/** Builds the catalog and formats of one language; call once per language, not per render. */
export function i18nFor(lang: Lang, t: Messages, data: DataText | null = null): I18n {
  return { lang, t, fmt: formatsFor(LOCALES[lang], t), data };
}

export const ENGLISH = i18nFor('en', en);

const I18nContext = createContext<I18n>(ENGLISH);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The reader's language: its catalog `t`, its formats `fmt`, its code `lang`, its data translations. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The reader's catalog, for components that need only its text. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}
