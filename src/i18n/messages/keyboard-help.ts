/** The keyboard help, loaded when a reader opens it: every language here (see src/i18n/sections.ts). */
import type { Section } from '../sections';

const en = {
  tabKeys: 'Tab / Shift+Tab',
  tab: 'move between the map, each area, each deposit marker and the panel',
  enterKeys: 'Enter or Space',
  enter: "select the focused area or deposit; focus moves to the panel's heading",
  escapeKeys: 'Escape',
  escape: 'back to the overview; focus returns to the area or deposit',
  arrowKeys: 'Arrow keys',
  arrows: 'move the map (when the map has focus)',
  zoomKeys: '+ and −',
  zoom: 'zoom in and out (when the map has focus)',
  textVersion: 'Every area and deposit is also listed in the text version of the map.',
};

export const keyboardHelp: Section<typeof en> = {
  en,
  uk: {
    tabKeys: 'Tab / Shift+Tab',
    tab: 'переходити між картою, кожною територією, кожною позначкою родовища й панеллю',
    enterKeys: 'Enter або пробіл',
    enter: 'вибрати територію чи родовище у фокусі; фокус переходить до заголовка панелі',
    escapeKeys: 'Escape',
    escape: 'назад до огляду; фокус повертається на територію чи родовище',
    arrowKeys: 'Стрілки',
    arrows: 'посунути карту (коли карта у фокусі)',
    zoomKeys: '+ і −',
    zoom: 'наблизити й віддалити (коли карта у фокусі)',
    textVersion: 'Усі території та родовища також є в текстовій версії карти.',
  },
  ru: {
    tabKeys: 'Tab / Shift+Tab',
    tab: 'перемещаться между картой, каждой территорией, каждой меткой месторождения и панелью',
    enterKeys: 'Enter или пробел',
    enter: 'выбрать территорию или месторождение в фокусе; фокус переходит к заголовку панели',
    escapeKeys: 'Escape',
    escape: 'назад к обзору; фокус возвращается на территорию или месторождение',
    arrowKeys: 'Стрелки',
    arrows: 'сдвинуть карту (когда карта в фокусе)',
    zoomKeys: '+ и −',
    zoom: 'приблизить и отдалить (когда карта в фокусе)',
    textVersion: 'Все территории и месторождения есть и в текстовой версии карты.',
  },
};
