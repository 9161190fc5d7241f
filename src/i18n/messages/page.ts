/**
 * The built pages' own text: their description and the notes for readers without JavaScript,
 * written into the HTML by scripts/prerender.mjs and never needed by the app. The title stays in
 * the catalogs (the app sets it when the language changes).
 */
import type { Section } from '../sections';

const en = {
  staticMapNote: 'The map is loading. It needs JavaScript; everything it shows is also written out here.',
  description:
    'An interactive map of the regions and rare-earth deposits Putin named in February 2025, and of the Ukrainian regions Russia claims, with every statement quoted beside its primary source.',
  noscript:
    'The interactive map needs JavaScript. Everything it shows, every area, statement, source and deposit, is written out in',
  noscriptLink: 'the text version',
  textNote: 'The text version of the map: every area, statement, source and deposit, written out.',
  textLink: 'Open the interactive map',
};

export const page: Section<typeof en> = {
  en,
  uk: {
    staticMapNote: 'Карта завантажується. Для неї потрібен JavaScript; усе, що вона показує, викладено й тут.',
    description:
      'Інтерактивна карта регіонів і родовищ рідкісноземельних металів, які Путін назвав у лютому 2025 року, та регіонів України, на які претендує Росія; кожну заяву наведено поруч із першоджерелом.',
    noscript:
      'Для інтерактивної карти потрібен JavaScript. Усе, що вона показує, — усі території, заяви, джерела й родовища — викладено в',
    noscriptLink: 'текстовій версії',
    textNote: 'Текстова версія карти: усі території, заяви, джерела й родовища.',
    textLink: 'Відкрити інтерактивну карту',
  },
  ru: {
    staticMapNote: 'Карта загружается. Для неё нужен JavaScript; всё, что она показывает, изложено и здесь.',
    description:
      'Интерактивная карта регионов и месторождений редкоземельных металлов, которые Путин назвал в феврале 2025 года, и регионов Украины, на которые претендует Россия; каждое заявление приведено рядом с первоисточником.',
    noscript:
      'Для интерактивной карты нужен JavaScript. Всё, что она показывает, — все территории, заявления, источники и месторождения — изложено в',
    noscriptLink: 'текстовой версии',
    textNote: 'Текстовая версия карты: все территории, заявления, источники и месторождения.',
    textLink: 'Открыть интерактивную карту',
  },
};
