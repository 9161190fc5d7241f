/**
 * The embed dialog: text used only by a part of the app that loads on demand, so it lives in that part's
 * chunk, in every language, rather than in the first view's catalog. Same rules as the catalogs
 * (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { Section } from '../sections';

const en = {
  frameTitle: "Map: Russia's rare-earth offer, the regions and the deposits",
  dialogTitle: 'Embed this map',
  close: 'Close',
  intro:
    'Paste this code into your article. The map loads nothing from any other site, sets no cookies, and scrolls the page, not the map, until a reader clicks it.',
  size: 'Size',
  responsive: 'Responsive: as wide as the column, as tall as the map needs',
  fixed: 'Fixed size',
  width: 'Width',
  height: 'Height',
  map: 'Map',
  keepView: 'Keep the current view (centre and zoom); otherwise the map fits what is selected',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: "Follow the reader's setting" },
  language: 'Language',
  readerLanguage: "The reader's browser language",
  code: 'Code',
  copyCode: 'Copy the embed code',
  shareLink: 'Link for posts and newsletters (with its own preview picture)',
  copyShareLink: 'Copy the link',
  preview: 'Preview',
  previewTitle: 'Preview of the embedded map',
};

export const embedDialog: Section<typeof en> = {
  en,
  uk: {
    frameTitle: 'Карта: пропозиція Росії щодо рідкісноземельних металів — регіони й родовища',
    dialogTitle: 'Вбудувати карту',
    close: 'Закрити',
    intro:
      'Вставте цей код у свою статтю. Карта нічого не завантажує з інших сайтів, не зберігає файлів cookie, а коліщатко миші гортає сторінку, а не карту, доки читач не клацне на неї.',
    size: 'Розмір',
    responsive: 'Адаптивний: завширшки як колонка, заввишки скільки треба карті',
    fixed: 'Фіксований розмір',
    width: 'Ширина',
    height: 'Висота',
    map: 'Карта',
    keepView: 'Зберегти поточний вигляд (центр і масштаб); інакше карта покаже те, що вибрано',
    theme: 'Тема',
    themes: { light: 'Світла', dark: 'Темна', auto: 'Як у налаштуваннях читача' },
    language: 'Мова',
    readerLanguage: 'Мова браузера читача',
    code: 'Код',
    copyCode: 'Скопіювати код для вбудовування',
    shareLink: 'Посилання для дописів і розсилок (з власним зображенням для попереднього перегляду)',
    copyShareLink: 'Скопіювати посилання',
    preview: 'Попередній перегляд',
    previewTitle: 'Попередній перегляд вбудованої карти',
  },
  ru: {
    frameTitle: 'Карта: предложение России по редкоземельным металлам — регионы и месторождения',
    dialogTitle: 'Встроить карту',
    close: 'Закрыть',
    intro:
      'Вставьте этот код в свою статью. Карта ничего не загружает с других сайтов, не устанавливает cookie, а колесо мыши прокручивает страницу, а не карту, пока читатель не щёлкнет по ней.',
    size: 'Размер',
    responsive: 'Адаптивный: шириной с колонку, высотой сколько нужно карте',
    fixed: 'Фиксированный размер',
    width: 'Ширина',
    height: 'Высота',
    map: 'Карта',
    keepView: 'Сохранить текущий вид (центр и масштаб); иначе карта покажет то, что выбрано',
    theme: 'Тема',
    themes: { light: 'Светлая', dark: 'Тёмная', auto: 'Как в настройках читателя' },
    language: 'Язык',
    readerLanguage: 'Язык браузера читателя',
    code: 'Код',
    copyCode: 'Скопировать код для встраивания',
    shareLink: 'Ссылка для постов и рассылок (с собственной картинкой для предпросмотра)',
    copyShareLink: 'Скопировать ссылку',
    preview: 'Предпросмотр',
    previewTitle: 'Предпросмотр встроенной карты',
  },
};
