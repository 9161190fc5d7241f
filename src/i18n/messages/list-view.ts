/**
 * The list view (the map as tables): text used only by a part of the app that loads on demand, so
 * it lives in that part's chunk, in every language, rather than in the first view's catalog. Same rules as the catalogs
 * (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { Section } from '../sections';

const en = {
  intro: 'The same areas and deposits the map draws, as tables. Select a name to read its statements or its record.',
  areasCaption: 'The six areas',
  depositsCaption: 'The deposits',
  area: 'Area',
  status: 'Status',
  size: 'Size',
  deposits: 'Deposits',
  statements: 'Statements',
  deposit: 'Deposit',
  holds: 'Holds',
  location: 'Location',
};

export const listView: Section<typeof en> = {
  en,
  uk: {
    intro: 'Ті самі території й родовища, що й на карті, у таблицях. Виберіть назву, щоб прочитати заяви чи запис.',
    areasCaption: 'Шість територій',
    depositsCaption: 'Родовища',
    area: 'Територія',
    status: 'Статус',
    size: 'Площа',
    deposits: 'Родовища',
    statements: 'Заяви',
    deposit: 'Родовище',
    holds: 'Що містить',
    location: 'Розташування',
  },
  ru: {
    intro:
      'Те же территории и месторождения, что и на карте, в таблицах. Выберите название, чтобы прочитать заявления или запись.',
    areasCaption: 'Шесть территорий',
    depositsCaption: 'Месторождения',
    area: 'Территория',
    status: 'Статус',
    size: 'Площадь',
    deposits: 'Месторождения',
    statements: 'Заявления',
    deposit: 'Месторождение',
    holds: 'Что содержит',
    location: 'Расположение',
  },
};
