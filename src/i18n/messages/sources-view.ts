/**
 * The list of sources: text used only by a part of the app that loads on demand, so it lives in that part's
 * chunk, in every language, rather than in the first view's catalog. Same rules as the catalogs
 * (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { DepositField } from '../../cite/sources';
import type { Section } from '../sections';

const en = {
  intro:
    'Every source cited on this map, grouped by kind, with what each one supports. Within a kind, the publishers’ own pages come first, then news agencies’ own pages, then copies. Each source also links to its archived copy on the Wayback Machine, in case the page has gone.',
  unconfirmed: (n: number) =>
    `${n} of these sources could not be confirmed as originals: we found only a copy on another site. Each is marked “copy of …”, naming whose text it carries, and listed after the originals.`,
  supports: (what: string) => ` · supports: ${what}`,
  /** How "supports" names the records (the English is the downloads' wording too). */
  names: {
    article: 'The article',
    lineage: 'The article’s lineage',
    statement: (title: string) => `Statement: ${title}`,
    wording: (title: string, label: string) => `Statement: ${title} — wording: ${label}`,
    event: (title: string) => `Timeline: ${title}`,
    field: {
      location: 'location',
      status: 'status',
      resources: 'resources',
      occupation: 'occupation',
      record: 'record',
    } satisfies Record<DepositField, string>,
  },
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
      'Усі джерела, на які посилається карта, за видами, і що саме підтверджує кожне. У межах кожного виду спершу йдуть сторінки самих видавців, далі сторінки інформагенцій, а вже потім копії. Біля кожного джерела є посилання на його архівну копію у Wayback Machine — на випадок, якщо сторінку видалено.',
    unconfirmed: (n) =>
      `Для ${n} з цих джерел не вдалося підтвердити оригінал: ми знайшли лише копію на іншому сайті. Кожне таке джерело позначене «копія: …» із зазначенням, чий це текст, і стоїть після оригіналів.`,
    supports: (what) => ` · підтверджує: ${what}`,
    names: {
      article: 'Стаття',
      lineage: 'Походження тексту статті',
      statement: (title) => `Заява: ${title}`,
      wording: (title, label) => `Заява: ${title} — формулювання: ${label}`,
      event: (title) => `Хронологія: ${title}`,
      field: {
        location: 'розташування',
        status: 'стан',
        resources: 'запаси й ресурси',
        occupation: 'окупація',
        record: 'запис',
      },
    },
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
      'Все источники, на которые ссылается карта, по видам, и что именно подтверждает каждый. Внутри каждого вида сначала идут страницы самих издателей, затем страницы информагентств и лишь потом копии. У каждого источника есть ссылка на его архивную копию в Wayback Machine — на случай, если страница исчезла.',
    unconfirmed: (n) =>
      `Для ${n} из этих источников не удалось подтвердить оригинал: мы нашли только копию на другом сайте. Каждый такой источник помечен «копия: …» с указанием, чей это текст, и стоит после оригиналов.`,
    supports: (what) => ` · подтверждает: ${what}`,
    names: {
      article: 'Статья',
      lineage: 'Происхождение текста статьи',
      statement: (title) => `Заявление: ${title}`,
      wording: (title, label) => `Заявление: ${title} — формулировка: ${label}`,
      event: (title) => `Хронология: ${title}`,
      field: {
        location: 'местоположение',
        status: 'состояние',
        resources: 'запасы и ресурсы',
        occupation: 'оккупация',
        record: 'запись',
      },
    },
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
