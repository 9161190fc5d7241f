/** The methods section, loaded when a reader opens it: every language here (see src/i18n/sections.ts). */
import type { Section } from '../sections';

const en = {
  methodsHeading: 'How this map was made',
  quotes:
    'Quotes are exact; where the article’s wording differs from its source, both are shown and the difference is said.',
  points: 'Each point gives its precision and basis; approximate points are hollow.',
  occupied: 'The regions Russia claims are drawn as whole oblasts.',
  sources: 'Originals are cited first; copies are labelled, and each web source has an archived copy.',
  articleHeading: 'The article that first reported it',
  probableDate: '(probable date).',
  /** Quotation marks around the article's (English) headline. */
  quoteOpen: '“',
  quoteClose: '”',
  lineage: 'Where its text comes from',
  slips: 'Where the article slips',
};

export const about: Section<typeof en> = {
  en,
  uk: {
    methodsHeading: 'Як зроблено цю карту',
    quotes:
      'Цитати наведено дослівно; де формулювання статті відрізняється від джерела, показано обидва й пояснено, чим саме.',
    points:
      'Для кожної точки вказано її точність і на чому вона ґрунтується; приблизні розташування позначено незафарбованими знаками.',
    occupied: 'Регіони, на які претендує Росія, показано в межах цілих областей.',
    sources: 'Спершу наведено першоджерела; копії позначено, і для кожного вебджерела є архівна копія.',
    articleHeading: 'Стаття, що першою про це повідомила',
    probableDate: '(імовірна дата).',
    quoteOpen: '«',
    quoteClose: '»',
    lineage: 'Звідки її текст',
    slips: 'Де стаття помиляється',
  },
  ru: {
    methodsHeading: 'Как сделана эта карта',
    quotes:
      'Цитаты приведены дословно; где формулировка статьи отличается от источника, показаны обе и объяснено, чем именно.',
    points:
      'Для каждой точки указаны её точность и на чём она основана; приблизительные места отмечены незакрашенными значками.',
    occupied: 'Регионы, на которые претендует Россия, показаны в границах целых областей.',
    sources: 'Сначала приведены первоисточники; копии помечены, и у каждого веб-источника есть архивная копия.',
    articleHeading: 'Статья, первой сообщившая об этом',
    probableDate: '(вероятная дата).',
    quoteOpen: '«',
    quoteClose: '»',
    lineage: 'Откуда её текст',
    slips: 'Где статья ошибается',
  },
};
