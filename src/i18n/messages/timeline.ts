/** The timeline view, loaded when a reader opens it: every language here (see src/i18n/sections.ts). */
import type { Section } from '../sections';

const en = {
  intro: 'What happened after the offer, event by event, with dates and sources.',
  places: 'Places:',
  show: 'Show on the map',
  sources: 'Sources:',
  dateNote: (note: string) => `(${note})`,
  selected: 'Shown on the map',
};

export const timeline: Section<typeof en> = {
  en,
  uk: {
    intro: 'Що сталося після пропозиції: подія за подією, з датами та джерелами.',
    places: 'Місця:',
    show: 'Показати на карті',
    sources: 'Джерела:',
    dateNote: (note) => `(${note})`,
    selected: 'Показано на карті',
  },
  ru: {
    intro: 'Что произошло после предложения: событие за событием, с датами и источниками.',
    places: 'Места:',
    show: 'Показать на карте',
    sources: 'Источники:',
    dateNote: (note) => `(${note})`,
    selected: 'Показано на карте',
  },
};
