/**
 * The interface languages. English is the first and the fallback; its catalog defines the keys
 * every other catalog must have.
 */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The locale each language formats dates and numbers with (British English: "24 February 2025"). */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', uk: 'uk', ru: 'ru' };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/**
 * The first of the reader's browser languages that the map speaks ("uk-UA" gives "uk"), or null.
 * Used only when the address names no language; never stored.
 */
export function browserLang(preferred: readonly string[]): Lang | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}
