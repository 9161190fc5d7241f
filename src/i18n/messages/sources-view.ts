/**
 * The list of sources: text used only by a part of the app that loads on demand, so it lives in that part's
 * chunk, in every language, rather than in the first view's catalog. Same rules as the catalogs
 * (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { Section } from '../sections';

const en = {
  intro:
    'Every source cited on this map, grouped by kind. Under each, what it supports. Pages marked as mirrors are copies of a primary or wire text, used where the original page was not found.',
  supports: (what: string) => ` · supports: ${what}`,
  sourceGroup: {
    article: 'The article',
    wire: 'Wire stories',
    primary: 'Primary texts and their mirrors',
    geological: 'Geological sources',
    reference: 'Reference works',
    report: 'Reports and other sources',
  },
};

export const sourcesView: Section<typeof en> = {
  en,
  uk: {
    intro:
      'Усі джерела, на які посилається карта, за видами. Під кожним — що саме воно підтверджує. Сторінки, позначені як копії, відтворюють текст першоджерела чи агенції там, де оригінальної сторінки не знайдено.',
    supports: (what) => ` · підтверджує: ${what}`,
    sourceGroup: {
      article: 'Стаття',
      wire: 'Повідомлення інформагенцій',
      primary: 'Першоджерела та їхні копії',
      geological: 'Геологічні джерела',
      reference: 'Довідкові видання',
      report: 'Звіти й інші джерела',
    },
  },
  ru: {
    intro:
      'Все источники, на которые ссылается карта, по видам. Под каждым — что именно он подтверждает. Страницы, отмеченные как копии, воспроизводят текст первоисточника или агентства там, где исходная страница не найдена.',
    supports: (what) => ` · подтверждает: ${what}`,
    sourceGroup: {
      article: 'Статья',
      wire: 'Сообщения информагентств',
      primary: 'Первоисточники и их копии',
      geological: 'Геологические источники',
      reference: 'Справочные издания',
      report: 'Отчёты и другие источники',
    },
  },
};
