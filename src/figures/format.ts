/** How the figures view writes tonnages, in the reader's language; shares and ranks are in the catalog. */
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18n';
import { LOCALES } from '../i18n/langs';

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
