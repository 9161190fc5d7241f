/**
 * The countries of USGS's rare-earth tables, and Ukraine, by the English name the data uses, in
 * Ukrainian and Russian: the short forms Ukrainian and Russian newsrooms print (США, ПАР/ЮАР,
 * М'янма/Мьянма for Burma). A country missing here is shown in English, and a unit test fails for
 * any country of data/figures.json without a name in each language.
 */
import type { Lang } from '../i18n/langs';

export const COUNTRY_NAMES: Record<Exclude<Lang, 'en'>, Record<string, string>> = {
  uk: {
    'United States': 'США',
    Australia: 'Австралія',
    Brazil: 'Бразилія',
    Burma: 'М’янма',
    Canada: 'Канада',
    China: 'Китай',
    Greenland: 'Гренландія',
    India: 'Індія',
    Madagascar: 'Мадагаскар',
    Malaysia: 'Малайзія',
    Nigeria: 'Нігерія',
    Russia: 'Росія',
    'South Africa': 'ПАР',
    Tanzania: 'Танзанія',
    Thailand: 'Таїланд',
    Vietnam: 'В’єтнам',
    Ukraine: 'Україна',
  },
  ru: {
    'United States': 'США',
    Australia: 'Австралия',
    Brazil: 'Бразилия',
    Burma: 'Мьянма',
    Canada: 'Канада',
    China: 'Китай',
    Greenland: 'Гренландия',
    India: 'Индия',
    Madagascar: 'Мадагаскар',
    Malaysia: 'Малайзия',
    Nigeria: 'Нигерия',
    Russia: 'Россия',
    'South Africa': 'ЮАР',
    Tanzania: 'Танзания',
    Thailand: 'Таиланд',
    Vietnam: 'Вьетнам',
    Ukraine: 'Украина',
  },
};

/** A country's name in the reader's language; the data's English name where the reader reads English. */
export function countryName(lang: Lang, country: string): string {
  return lang === 'en' ? country : (COUNTRY_NAMES[lang][country] ?? country);
}

/**
 * ["Burma", "India", "Thailand"] → "Burma, India and Thailand": the names in the reader's language,
 * joined by the reader's list format (`fmt.list`).
 */
export function countryList(lang: Lang, list: (items: string[]) => string, countries: string[]): string {
  return list(countries.map((c) => countryName(lang, c)));
}
