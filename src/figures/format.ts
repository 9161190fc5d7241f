/** How the figures view writes tonnages, in the reader's language; shares and ranks are in the catalog. */
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18n';
import { LOCALES, type Lang } from '../i18n/langs';
import { countryList, countryName } from './country-names';

export type FigureNumbers = {
  /** 3800000 → "3,800,000" */
  tonnes(n: number): string;
  /** 3800000 → "3.8 Mt"; 28500000 → "28.5 Mt"; 2653100 → "2.65 Mt": three significant digits at most. */
  megatonnes(n: number): string;
};

/** Number formats for a locale; `mt` is how the language writes "million tonnes" after a number. */
export function numbersFor(locale: string, mt: string): FigureNumbers {
  const integer = new Intl.NumberFormat(locale);
  const three = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  return {
    tonnes: (n) => integer.format(n),
    megatonnes: (n) => `${three.format(n / 1e6)} ${mt}`,
  };
}

/** The reader's number formats for the figures, made once per language. */
export function useFigureNumbers(mt: string): FigureNumbers {
  const { lang } = useI18n();
  return useMemo(() => numbersFor(LOCALES[lang], mt), [lang, mt]);
}

export type FigureWords = {
  /** The reader's language. */
  lang: Lang;
  /** A country's name in the reader's language. */
  country(name: string): string;
  /** Countries as a list in the reader's language: "Burma, India and Thailand". */
  list(names: string[]): string;
  /** One of the figures' own texts, translated where the catalog has it; `lang` is set where it stays English. */
  text(english: string): { text: string; lang: 'en' | undefined };
  /** "7.5" times, a tick's number: in the reader's number format. */
  decimal(n: number): string;
};

/** The names and texts of the figures in the reader's language. */
export function useFigureWords(translations: Record<string, string>): FigureWords {
  const { lang, fmt } = useI18n();
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
    return {
      lang,
      country: (name) => countryName(lang, name),
      list: (names) => countryList(lang, fmt.list, names),
      text: (english) => {
        if (lang === 'en') return { text: english, lang: undefined };
        const translated = translations[english];
        return translated ? { text: translated, lang: undefined } : { text: english, lang: 'en' };
      },
      decimal: (n) => decimal.format(n),
    };
  }, [lang, fmt, translations]);
}
