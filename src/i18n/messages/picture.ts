/**
 * The image dialog and the pictures it and the share pages draw: text used only by a part that loads
 * on demand (or by the build), so it lives in that part's chunk, in every language, rather than in the
 * first view's catalog. Same rules as the catalogs (src/i18n/messages/en.ts).
 */
import type { Section } from '../sections';

const en = {
  title: 'Download an image of this view',
  intro: 'The map as it is now framed, with the title, the legend and the credit line, in your language and colours.',
  png169: 'PNG, 1200 × 675 (16:9)',
  pngSquare: 'PNG, 1080 × 1080 (square)',
  svg: 'SVG, for print',
  close: 'Close',
  failed: 'The image could not be made in this browser.',
  /** The picture's credit line (no towns are drawn there). */
  credit:
    'Map: Natural Earth boundaries (public domain) · Deposits and statements: sources cited in the interactive map',
};

export const picture: Section<typeof en> = {
  en,
  uk: {
    title: 'Завантажити зображення цього вигляду',
    intro: 'Карта в теперішньому кадрі, з заголовком, легендою та рядком про джерела, вашою мовою і в ваших кольорах.',
    png169: 'PNG, 1200 × 675 (16:9)',
    pngSquare: 'PNG, 1080 × 1080 (квадрат)',
    svg: 'SVG, для друку',
    close: 'Закрити',
    failed: 'У цьому браузері зображення створити не вдалося.',
    credit:
      'Карта: кордони Natural Earth (суспільне надбання) · Родовища й заяви: джерела наведено в інтерактивній карті',
  },
  ru: {
    title: 'Скачать изображение этого вида',
    intro: 'Карта в нынешнем кадре, с заголовком, легендой и строкой об источниках, на вашем языке и в ваших цветах.',
    png169: 'PNG, 1200 × 675 (16:9)',
    pngSquare: 'PNG, 1080 × 1080 (квадрат)',
    svg: 'SVG, для печати',
    close: 'Закрыть',
    failed: 'В этом браузере изображение создать не удалось.',
    credit:
      'Карта: границы Natural Earth (общественное достояние) · Месторождения и заявления: источники указаны в интерактивной карте',
  },
};
