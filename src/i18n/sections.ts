import type { Lang } from './langs';
import { useI18n } from './I18n';

/**
 * Text for a part of the app that loads on demand (a dialog, a view): every language's version in
 * that part's own chunk, so the first view's catalog carries none of it. The English defines the
 * shape; the other languages must match it (checked by the compiler and src/i18n/catalogs.test.ts).
 */
export type Section<T> = Record<Lang, T>;

/** The section's text in the reader's language. */
export function useSection<T>(section: Section<T>): T {
  return section[useI18n().lang];
}
