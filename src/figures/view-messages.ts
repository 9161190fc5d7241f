/**
 * The figures view's own interface text in English, loaded with the view: plain strings, or
 * functions where a value goes in. Numbers arrive already formatted. The figures' own notes and
 * sources are data, not interface.
 */
import type { Comparable, FigureBasis, FigureUnit } from '../data/figures-constants';
import type { Section } from '../i18n/sections';

export const figuresViewEn = {
  /** What each unit means, written out. */
  units: {
    't-reo': 'metric tons of rare-earth-oxide (REO) equivalent',
    't-tr2o3': 'metric tons of rare-earth oxides (TR₂O₃), as Russian balances count them',
    't-rem': 'metric tons of “rare-earth metals”, as reported (the source does not say whether as oxide)',
  } satisfies Record<FigureUnit, string>,
  /** What each kind of figure counts. */
  bases: {
    'balance-explored': 'Russian state balance, “explored reserves” (categories not stated)',
    'balance-share': 'Part of Rosnedra’s national figure (categories not stated)',
    'balance-abc1': 'Russian state balance, categories A+B+C1 (explored)',
    'balance-c2': 'Russian state balance, category C2 (preliminarily estimated)',
    'jorc-ore-reserve': 'Ore reserve under the JORC code (economically mineable)',
    'measured-indicated': 'Measured and indicated resources (not reserves)',
    prognostic: 'Prognostic resources (a forecast, not reserves)',
    prospective: 'Prospective resources (Soviet-style estimate, not reserves)',
    'category-not-stated': 'Category not stated',
  } satisfies Record<FigureBasis, string>,
  /** What a figure can be set beside. */
  comparable: {
    'usgs-reserves': 'Comparable in kind with USGS reserves',
    'russian-balance': 'Comparable with Rosnedra’s 28.5 Mt, not with USGS reserves',
    none: 'Not comparable with either',
  } satisfies Record<Comparable, string>,
  intro: (reserves: string, rank: string, countries: number, production: string, year: number, share: string) =>
    `By the count of the U.S. Geological Survey, Russia holds ${reserves} of rare-earth reserves, ${rank} of the ${countries} countries it gives a figure for. It mined ${production} in ${year}: ${share} of the world’s output.`,
  reservesHeading: 'Reserves by country',
  reservesChart: (edition: string) => `Rare-earth reserves by country, rare-earth-oxide equivalent, ${edition}`,
  productionHeading: (year: number) => `Mine production by country, ${year}`,
  productionChart: (year: number, edition: string) =>
    `Rare-earth mine production by country in ${year}, rare-earth-oxide equivalent, ${edition}`,
  noFigure: (countries: string) => `USGS lists no reserve figure for ${countries}.`,
  noProduction: (countries: string) => `No mine production in USGS’s table: ${countries}.`,
  notListed: (country: string) => `${country} does not appear in USGS’s table at all.`,
  /** An axis tick in thousands: "50" → "50k". */
  thousands: (n: string) => `${n}k`,
  asTable: 'The same figures as a table',
  country: 'Country',
  reservesColumn: 'Reserves (t REO)',
  productionColumn: (year: number) => `Production ${year} (t REO)`,
  shareColumn: 'Share of world',
  otherCountries: 'Other countries',
  world: 'World total',
  worldMoreThan: (n: string) => `more than ${n}`,
  notAvailable: 'not available',
  source: 'Source',
  twoFiguresHeading: 'Russia’s own figure beside USGS’s',
  usgsFigureLabel: 'USGS: reserves',
  russianFigureLabel: 'Rosnedra: “explored reserves”',
  timesLarger: (times: string) => `Rosnedra’s figure is ${times} times USGS’s.`,
  whyHeading: 'Why they differ',
  why: [
    'They count different things. USGS’s “reserves” are the part of known deposits that could be mined and sold at a profit at the time of its estimate; everything else is at most a resource. For Russia, USGS says it revised its figure “based on company and Government reports”, without giving the calculation.',
    'Rosnedra’s 28.5 million tonnes come from Russia’s state balance, which lists what has been explored in categories A, B and C1 (explored in detail) and C2 (estimated from sparser drilling). A deposit stays on the balance whether or not mining it pays today, under the conditions set when its reserves were approved, often decades ago.',
    'So the two figures answer different questions: how much could be mined profitably now, and how much has been found and approved on paper. Neither is wrong for its own question; they cannot be set side by side as if they measured the same thing. The units differ too: USGS counts rare-earth-oxide equivalent, and the interview says only “rare-earth metals”.',
  ],
  balanceCheckClose: (deposit: string, sum: string, stated: string) =>
    `A check: ${deposit}’s balance in categories A+B+C1 and C2 together comes to ${sum}, close to the ${stated} Rosnedra gives for it. So Rosnedra’s figures very likely count every category, C2 included (our inference).`,
  balanceCheckApart: (deposit: string, sum: string, stated: string) =>
    `${deposit}’s balance in categories A+B+C1 and C2 together comes to ${sum}, not the ${stated} Rosnedra gives for it; the records do not say which categories Rosnedra counts.`,
  depositsHeading: 'The deposits’ own figures, in context',
  depositsIntro:
    'The deposit records on this map give figures of many kinds. Only some can be set beside the national figures above.',
  depositColumn: 'Deposit and figure',
  amountColumn: 'Amount',
  comparableColumn: 'Comparable with',
  computed: (how: string) => `Computed here: ${how}.`,
  about: 'about',
  notComparable: 'Not comparable',
  editionsHeading: 'What changed between USGS editions',
  editionsIntro: (before: string, after: string) =>
    `Reserves that differ between USGS’s ${before} and ${after} editions`,
  before: 'Before',
  after: 'After',
  sourcesHeading: 'Where these figures come from',
  rankInEditions: (country: string, before: string, after: string) => `${country}: ${before}; ${after}.`,
  rankIn: (rank: string, of: number, edition: string) => `${rank} of ${of} in the ${edition} edition`,
  shareOfUsgs: (share: string, total: string) => `${share} of USGS’s ${total}`,
  shareOfRosnedra: (share: string, total: string) => `${share} of Rosnedra’s ${total}`,
  /** Units as written after a number and on an axis. */
  megatonnes: 'Mt',
  tonnes: 't',
  withTonnes: (n: string) => `${n} t`,
  data: 'data release',
  table: 'table',
  version: 'version read',
  /**
   * The figures' own text in data/figures.json (notes, row labels, who said it), translated: the
   * English as it stands in the data → the reader's language. Empty in English; a text missing
   * here shows in English, marked so, and a unit test fails for it.
   */
  text: {} as Record<string, string>,
};

export type FiguresViewMessages = typeof figuresViewEn;

/** The same text in every language, in the view's own chunk; the English defines the keys. */
export const figuresView: Section<FiguresViewMessages> = {
  en: figuresViewEn,
  uk: {
    units: {
      't-reo': 'метричних тонн в еквіваленті оксидів рідкісноземельних елементів (REO)',
      't-tr2o3': 'метричних тонн оксидів рідкісноземельних елементів (TR₂O₃), як їх рахує російський баланс',
      't-rem': 'метричних тонн «рідкісноземельних металів», як сказано (джерело не уточнює, чи в оксидах)',
    },
    bases: {
      'balance-explored': 'Державний баланс Росії, «розвідані запаси» (категорії не названо)',
      'balance-share': 'Частина загальної цифри Роснадр (категорії не названо)',
      'balance-abc1': 'Державний баланс Росії, категорії А+В+С1 (розвідані)',
      'balance-c2': 'Державний баланс Росії, категорія С2 (попередньо оцінені)',
      'jorc-ore-reserve': 'Запаси руди за кодексом JORC (економічно видобувні)',
      'measured-indicated': 'Виміряні й виявлені ресурси (не запаси)',
      prognostic: 'Прогнозні ресурси (прогноз, не запаси)',
      prospective: 'Перспективні ресурси (оцінка радянського зразка, не запаси)',
      'category-not-stated': 'Категорію не названо',
    },
    comparable: {
      'usgs-reserves': 'Зіставні із запасами USGS',
      'russian-balance': 'Зіставні з 28,5 млн т Роснадр, але не із запасами USGS',
      none: 'Не зіставні ні з тими, ні з іншими',
    },
    intro: (reserves, rank, countries, production, year, share) =>
      `За підрахунком Геологічної служби США (USGS), Росія має ${reserves} запасів рідкісноземельних металів: ${rank} місце серед ${countries} країн, для яких служба наводить цифру. У ${year} році Росія видобула ${production}, тобто ${share} світового видобутку.`,
    reservesHeading: 'Запаси за країнами',
    reservesChart: (edition) => `Запаси рідкісноземельних металів за країнами, в еквіваленті оксидів, ${edition}`,
    productionHeading: (year) => `Видобуток за країнами, ${year}`,
    productionChart: (year, edition) =>
      `Видобуток рідкісноземельних металів за країнами в ${year} році, в еквіваленті оксидів, ${edition}`,
    noFigure: (countries) => `USGS не наводить цифри запасів для: ${countries}.`,
    noProduction: (countries) => `Без видобутку в таблиці USGS: ${countries}.`,
    notListed: (country) => `У таблиці USGS взагалі немає: ${country}.`,
    thousands: (n) => `${n} тис.`,
    asTable: 'Ті самі цифри таблицею',
    country: 'Країна',
    reservesColumn: 'Запаси (т REO)',
    productionColumn: (year) => `Видобуток ${year} (т REO)`,
    shareColumn: 'Частка у світі',
    otherCountries: 'Інші країни',
    world: 'Світ загалом',
    worldMoreThan: (n) => `понад ${n}`,
    notAvailable: 'немає даних',
    source: 'Джерело',
    twoFiguresHeading: 'Власна цифра Росії поруч із цифрою USGS',
    usgsFigureLabel: 'USGS: запаси',
    russianFigureLabel: 'Роснадра: «розвідані запаси»',
    timesLarger: (times) => `Цифра Роснадр у ${times} раза більша за цифру USGS.`,
    whyHeading: 'Чому вони різняться',
    why: [
      'Вони рахують різне. Запаси в розумінні USGS — це та частина відомих родовищ, яку на момент оцінки можна видобути й продати з прибутком; решта — щонайбільше ресурси. Щодо Росії USGS пише, що переглянула цифру «based on company and Government reports» (на підставі звітів компаній і уряду; переклад наш), але розрахунку не наводить.',
      '28,5 млн тонн Роснадр узято з державного балансу Росії, де обліковано розвідане за категоріями А, В і С1 (детально розвідане) та С2 (оцінене за рідшою мережею свердловин). Родовище лишається на балансі незалежно від того, чи окупиться видобуток сьогодні, — за умовами, визначеними тоді, коли запаси затверджували, часто десятиліття тому.',
      'Отже, дві цифри відповідають на різні запитання: скільки можна вигідно видобути зараз і скільки знайдено й затверджено на папері. Кожна по-своєму правильна, але ставити їх поруч, ніби вони міряють одне й те саме, не можна. Різняться й одиниці: USGS рахує в еквіваленті оксидів, а в інтерв’ю сказано лише «редкоземельных металлов» (рідкісноземельних металів; переклад наш).',
    ],
    balanceCheckClose: (deposit, sum, stated) =>
      `Перевірка: баланс родовища «${deposit}» за категоріями А+В+С1 і С2 разом становить ${sum}, близько до ${stated}, які називають Роснадра. Отже, цифри Роснадр, найімовірніше, охоплюють усі категорії, зокрема С2 (наш висновок).`,
    balanceCheckApart: (deposit, sum, stated) =>
      `Баланс родовища «${deposit}» за категоріями А+В+С1 і С2 разом становить ${sum}, а не ${stated}, які називають Роснадра; з записів не видно, які категорії вони рахують.`,
    depositsHeading: 'Власні цифри родовищ у контексті',
    depositsIntro:
      'Записи родовищ на цій карті наводять цифри різного роду. Лише деякі можна поставити поруч із національними цифрами вище.',
    depositColumn: 'Родовище й цифра',
    amountColumn: 'Кількість',
    comparableColumn: 'З чим зіставні',
    computed: (how) => `Обчислено тут: ${how}.`,
    about: 'близько',
    notComparable: 'Незіставні',
    editionsHeading: 'Що змінилося між випусками USGS',
    editionsIntro: (before, after) => `Запаси, що різняться між випусками USGS ${before} і ${after} років`,
    before: 'Було',
    after: 'Стало',
    sourcesHeading: 'Звідки ці цифри',
    rankInEditions: (country, before, after) => `${country}: ${before}; ${after}.`,
    rankIn: (rank, of, edition) => `${rank} місце з ${of} у випуску ${edition} року`,
    shareOfUsgs: (share, total) => `${share} від ${total} за USGS`,
    shareOfRosnedra: (share, total) => `${share} від ${total} за Роснадрами`,
    megatonnes: 'млн т',
    tonnes: 'т',
    withTonnes: (n) => `${n} т`,
    data: 'набір даних',
    table: 'таблиця',
    version: 'використана версія',
    text: {
      "USGS prints reserves without a year; its data release files them under 2025. See the publication's Appendix C for what USGS counts as reserves.":
        'USGS наводить запаси без року; у її наборі даних вони записані під 2025 роком. Що USGS вважає запасами, пояснює додаток «Appendix C» до видання.',
      "Estimates. For Burma, Madagascar, Malaysia, Thailand and Vietnam, USGS estimated production from China's reported imports.":
        'Оцінки. Для М’янми, Мадагаскару, Малайзії, Таїланду й В’єтнаму USGS оцінила видобуток за даними про імпорт Китаю.',
      "Estimates, except the United States (reported). USGS says it significantly revised the 2024 figures for Australia, Brazil, Burma, Madagascar, Nigeria and Vietnam. Compared with the 2025 edition, the figures differ for Australia, Brazil, Burma, Madagascar, Malaysia, Nigeria, Russia, Thailand and the United States; Vietnam's is unchanged.":
        'Оцінки, крім США (звітні дані). USGS пише, що суттєво переглянула цифри за 2024 рік для Австралії, Бразилії, М’янми, Мадагаскару, Нігерії та В’єтнаму. Порівняно з випуском 2025 року змінилися цифри Австралії, Бразилії, М’янми, Мадагаскару, Малайзії, Нігерії, Росії, Таїланду й США; цифра В’єтнаму та сама.',
      'USGS prints reserves without a year; its data release files them under 2024.':
        'USGS наводить запаси без року; у її наборі даних вони записані під 2024 роком.',
      "Estimates. China's figure is its production quota and “does not include undocumented production” (USGS footnote).":
        'Оцінки. Цифра Китаю — його квота на видобуток, яка «does not include undocumented production» (не враховує незадокументованого видобутку; переклад наш; виноска USGS).',
      'For Australia, reserves compliant with the Joint Ore Reserves Committee (JORC) code or equivalent were 3.3 million tons (USGS footnote).':
        'Запаси Австралії, що відповідають кодексу Об’єднаного комітету з рудних запасів (JORC) або рівноцінні, становили 3,3 млн тонн (виноска USGS).',
      '21,000,000 in the edition as first posted; revised to 11,000,000 in version 1.3 (27 May 2026).':
        '21 000 000 у першій редакції видання; у версії 1.3 (27 травня 2026 року) переглянуто до 11 000 000.',
      '“A 2015 report from OSCOM indicated that monazite reserves from their operations were 256,000 tons; rare-earth reserves were not reported.” (USGS footnote, version 1.1)':
        '«A 2015 report from OSCOM indicated that monazite reserves from their operations were 256,000 tons; rare-earth reserves were not reported.» (Звіт OSCOM 2015 року вказував, що запаси монациту на її об’єктах становили 256 000 тонн; запаси рідкісноземельних металів не повідомлялися; переклад наш; виноска USGS, версія 1.1)',
      'For Australia, JORC-compliant or equivalent reserves were 3.3 million tons (USGS footnote).':
        'Запаси Австралії за кодексом JORC або рівноцінні становили 3,3 млн тонн (виноска USGS).',
      'Revised in this edition “based on company and Government reports” (USGS).':
        'У цьому випуску переглянуто «based on company and Government reports» (на підставі звітів компаній і уряду; переклад наш; USGS).',
      'Russia, all deposits': 'Росія, усі родовища',
      'Whole deposit': 'Усе родовище',
      'Oleg Kazanov, head of Rosnedra': 'Олег Казанов, голова Роснадр',
      "“Explored reserves” (разведанные запасы), TASS's word for the national total. He gave the same 28.5 Mt in his RIA Novosti interview published on 18 June 2025; Sputnik China recalled that interview on 19 January 2026.":
        '«Разведанные запасы» (розвідані запаси; переклад наш) — слово ТАСС для загальної цифри по країні. Ті самі 28,5 млн т він назвав в інтерв’ю РІА Новости, опублікованому 18 червня 2025 року; 19 січня 2026 року Sputnik China нагадав про це інтерв’ю.',
      'Part of the 28.5 Mt; the sources say only «запасов» (reserves), not which categories.':
        'Частина 28,5 млн т; у джерелах сказано лише «запасов» (запасів; переклад наш), без категорій.',
      'Whole deposit, 1 January 2019': 'Усе родовище, 1 січня 2019 року',
      'Buranny section, 31 December 2019': 'Ділянка Буранний, 31 грудня 2019 року',
      'Central section': 'Центральна ділянка',
      'Apatite ore, start of 2014': 'Апатитова руда, початок 2014 року',
      'To 300 m depth': 'До глибини 300 м',
      '11,400,000 t of ore × 14.5% REO': '11 400 000 т руди × 14,5% REO',
      "Version 1.3, 27 May 2026: Brazil's reserves revised from 21,000,000 to 11,000,000 t and the world total from >85,000,000 to >75,000,000 t":
        'Версія 1.3, 27 травня 2026 року: запаси Бразилії переглянуто з 21 000 000 до 11 000 000 т, світовий підсумок — з >85 000 000 до >75 000 000 т',
      'Revision history: https://pubs.usgs.gov/periodicals/mcs2026/versionHist.txt':
        'Історія змін: https://pubs.usgs.gov/periodicals/mcs2026/versionHist.txt',
      'USGS: “Significant revisions were made to the 2024 production for Australia, Brazil, Burma, Madagascar, Nigeria, and Vietnam based on Government and industry reports. Reserves for Australia, Brazil, and Malaysia were revised based on Government reports.”':
        'USGS (мовою оригіналу): «Significant revisions were made to the 2024 production for Australia, Brazil, Burma, Madagascar, Nigeria, and Vietnam based on Government and industry reports. Reserves for Australia, Brazil, and Malaysia were revised based on Government reports.»',
      'USGS: “Reserves for Russia, South Africa, the United States, and Vietnam were revised based on company and Government reports.”':
        'USGS (мовою оригіналу): «Reserves for Russia, South Africa, the United States, and Vietnam were revised based on company and Government reports.»',
      '«Казанов уточнил, что разведанные запасы редкоземельных металлов в РФ составляют 28,5 млн тонн, а российское потребление всего - 2,1 тыс. тонн в год.»':
        '«Казанов уточнил, что разведанные запасы редкоземельных металлов в РФ составляют 28,5 млн тонн, а российское потребление всего - 2,1 тыс. тонн в год.»',
      TASS: 'ТАСС',
      'Interview with Oleg Kazanov, head of Rosnedra (Russian Federal Agency for Subsoil Use)':
        'Інтерв’ю з Олегом Казановим, головою Роснадр (Федерального агентства з надрокористування Росії)',
      'Sputnik China (Rossiya Segodnya, the agency that also publishes RIA Novosti)':
        'Sputnik China (МІА «Россия сегодня», яка видає й РІА Новости)',
      "Oleg Kazanov, head of Rosnedra, on the growth of Russia's rare-earth reserves in 2025":
        'Олег Казанов, голова Роснадр, про приріст запасів рідкісноземельних металів у Росії в 2025 році',
      'Recalls his interview before the St Petersburg forum (RIA Novosti, 18 June 2025): «俄罗斯2850万吨的稀土金属储量中,有1100万吨集中在两个矿床:摩尔曼斯克州的洛沃泽尔矿(700万吨)和雅库特共和国的托姆托尔矿(400万吨)»':
        'Нагадує про його інтерв’ю перед Петербурзьким форумом (РІА Новости, 18 червня 2025 року): «俄罗斯2850万吨的稀土金属储量中,有1100万吨集中在两个矿床:摩尔曼斯克州的洛沃泽尔矿(700万吨)和雅库特共和国的托姆托尔矿(400万吨)»',
      'The RIA Novosti page of 18 June 2025 itself was not found; Russian reposts of it give the same figures, e.g. https://29ru.net/yakutsk/405791534':
        'Саму сторінку РІА Новости від 18 червня 2025 року не знайдено; російські передруки наводять ті самі цифри, напр. https://29ru.net/yakutsk/405791534',
    },
  },
  ru: {
    units: {
      't-reo': 'метрических тонн в эквиваленте оксидов редкоземельных элементов (REO)',
      't-tr2o3': 'метрических тонн оксидов редкоземельных элементов (TR₂O₃), как их считает российский баланс',
      't-rem': 'метрических тонн «редкоземельных металлов», как сказано (источник не уточняет, в оксидах ли)',
    },
    bases: {
      'balance-explored': 'Государственный баланс России, «разведанные запасы» (категории не названы)',
      'balance-share': 'Часть общей цифры Роснедр (категории не названы)',
      'balance-abc1': 'Государственный баланс России, категории А+В+С1 (разведанные)',
      'balance-c2': 'Государственный баланс России, категория С2 (предварительно оценённые)',
      'jorc-ore-reserve': 'Запасы руды по кодексу JORC (экономически извлекаемые)',
      'measured-indicated': 'Измеренные и выявленные ресурсы (не запасы)',
      prognostic: 'Прогнозные ресурсы (прогноз, не запасы)',
      prospective: 'Перспективные ресурсы (оценка советского образца, не запасы)',
      'category-not-stated': 'Категория не названа',
    },
    comparable: {
      'usgs-reserves': 'Сопоставимо с запасами USGS',
      'russian-balance': 'Сопоставимо с 28,5 млн т Роснедр, но не с запасами USGS',
      none: 'Не сопоставимо ни с тем, ни с другим',
    },
    intro: (reserves, rank, countries, production, year, share) =>
      `По подсчёту Геологической службы США (USGS), у России ${reserves} запасов редкоземельных металлов: ${rank} место среди ${countries} стран, для которых служба приводит цифру. В ${year} году Россия добыла ${production}, то есть ${share} мировой добычи.`,
    reservesHeading: 'Запасы по странам',
    reservesChart: (edition) => `Запасы редкоземельных металлов по странам, в эквиваленте оксидов, ${edition}`,
    productionHeading: (year) => `Добыча по странам, ${year}`,
    productionChart: (year, edition) =>
      `Добыча редкоземельных металлов по странам в ${year} году, в эквиваленте оксидов, ${edition}`,
    noFigure: (countries) => `USGS не приводит цифры запасов для: ${countries}.`,
    noProduction: (countries) => `Без добычи в таблице USGS: ${countries}.`,
    notListed: (country) => `В таблице USGS вовсе нет: ${country}.`,
    thousands: (n) => `${n} тыс.`,
    asTable: 'Те же цифры таблицей',
    country: 'Страна',
    reservesColumn: 'Запасы (т REO)',
    productionColumn: (year) => `Добыча ${year} (т REO)`,
    shareColumn: 'Доля в мире',
    otherCountries: 'Другие страны',
    world: 'Мир в целом',
    worldMoreThan: (n) => `более ${n}`,
    notAvailable: 'нет данных',
    source: 'Источник',
    twoFiguresHeading: 'Собственная цифра России рядом с цифрой USGS',
    usgsFigureLabel: 'USGS: запасы',
    russianFigureLabel: 'Роснедра: «разведанные запасы»',
    timesLarger: (times) => `Цифра Роснедр в ${times} раза больше цифры USGS.`,
    whyHeading: 'Почему они расходятся',
    why: [
      'Они считают разное. Запасы в понимании USGS — это та часть известных месторождений, которую на момент оценки можно добыть и продать с прибылью; остальное — в лучшем случае ресурсы. О России USGS пишет, что пересмотрела цифру «based on company and Government reports» (на основании отчётов компаний и правительства; перевод наш), но расчёта не приводит.',
      '28,5 млн тонн Роснедр взяты из государственного баланса России, где учтено разведанное по категориям А, В и С1 (детально разведанное) и С2 (оценённое по более редкой сети скважин). Месторождение остаётся на балансе независимо от того, окупится ли добыча сегодня, — на условиях, установленных при утверждении запасов, часто десятилетия назад.',
      'Значит, две цифры отвечают на разные вопросы: сколько можно выгодно добыть сейчас и сколько найдено и утверждено на бумаге. Каждая верна для своего вопроса, но ставить их рядом, будто они измеряют одно и то же, нельзя. Различаются и единицы: USGS считает в эквиваленте оксидов, а в интервью сказано лишь «редкоземельных металлов».',
    ],
    balanceCheckClose: (deposit, sum, stated) =>
      `Проверка: баланс месторождения «${deposit}» по категориям А+В+С1 и С2 вместе составляет ${sum}, близко к ${stated}, которые называют Роснедра. Значит, цифры Роснедр, скорее всего, охватывают все категории, включая С2 (наш вывод).`,
    balanceCheckApart: (deposit, sum, stated) =>
      `Баланс месторождения «${deposit}» по категориям А+В+С1 и С2 вместе составляет ${sum}, а не ${stated}, которые называют Роснедра; из записей не видно, какие категории они считают.`,
    depositsHeading: 'Собственные цифры месторождений в контексте',
    depositsIntro:
      'Записи месторождений на этой карте приводят цифры разного рода. Лишь некоторые можно поставить рядом с национальными цифрами выше.',
    depositColumn: 'Месторождение и цифра',
    amountColumn: 'Количество',
    comparableColumn: 'С чем сопоставимо',
    computed: (how) => `Вычислено здесь: ${how}.`,
    about: 'около',
    notComparable: 'Несопоставимо',
    editionsHeading: 'Что изменилось между выпусками USGS',
    editionsIntro: (before, after) => `Запасы, различающиеся между выпусками USGS ${before} и ${after} годов`,
    before: 'Было',
    after: 'Стало',
    sourcesHeading: 'Откуда эти цифры',
    rankInEditions: (country, before, after) => `${country}: ${before}; ${after}.`,
    rankIn: (rank, of, edition) => `${rank} место из ${of} в выпуске ${edition} года`,
    shareOfUsgs: (share, total) => `${share} от ${total} по USGS`,
    shareOfRosnedra: (share, total) => `${share} от ${total} по Роснедрам`,
    megatonnes: 'млн т',
    tonnes: 'т',
    withTonnes: (n) => `${n} т`,
    data: 'набор данных',
    table: 'таблица',
    version: 'использованная версия',
    text: {
      "USGS prints reserves without a year; its data release files them under 2025. See the publication's Appendix C for what USGS counts as reserves.":
        'USGS приводит запасы без года; в её наборе данных они записаны под 2025 годом. Что USGS считает запасами, объясняет приложение «Appendix C» к изданию.',
      "Estimates. For Burma, Madagascar, Malaysia, Thailand and Vietnam, USGS estimated production from China's reported imports.":
        'Оценки. Для Мьянмы, Мадагаскара, Малайзии, Таиланда и Вьетнама USGS оценила добычу по данным об импорте Китая.',
      "Estimates, except the United States (reported). USGS says it significantly revised the 2024 figures for Australia, Brazil, Burma, Madagascar, Nigeria and Vietnam. Compared with the 2025 edition, the figures differ for Australia, Brazil, Burma, Madagascar, Malaysia, Nigeria, Russia, Thailand and the United States; Vietnam's is unchanged.":
        'Оценки, кроме США (отчётные данные). USGS пишет, что существенно пересмотрела цифры за 2024 год для Австралии, Бразилии, Мьянмы, Мадагаскара, Нигерии и Вьетнама. По сравнению с выпуском 2025 года изменились цифры Австралии, Бразилии, Мьянмы, Мадагаскара, Малайзии, Нигерии, России, Таиланда и США; цифра Вьетнама та же.',
      'USGS prints reserves without a year; its data release files them under 2024.':
        'USGS приводит запасы без года; в её наборе данных они записаны под 2024 годом.',
      "Estimates. China's figure is its production quota and “does not include undocumented production” (USGS footnote).":
        'Оценки. Цифра Китая — его квота на добычу, которая «does not include undocumented production» (не учитывает незадокументированную добычу; перевод наш; сноска USGS).',
      'For Australia, reserves compliant with the Joint Ore Reserves Committee (JORC) code or equivalent were 3.3 million tons (USGS footnote).':
        'Запасы Австралии, соответствующие кодексу Объединённого комитета по рудным запасам (JORC) или равноценные, составляли 3,3 млн тонн (сноска USGS).',
      '21,000,000 in the edition as first posted; revised to 11,000,000 in version 1.3 (27 May 2026).':
        '21 000 000 в первой редакции издания; в версии 1.3 (27 мая 2026 года) пересмотрено до 11 000 000.',
      '“A 2015 report from OSCOM indicated that monazite reserves from their operations were 256,000 tons; rare-earth reserves were not reported.” (USGS footnote, version 1.1)':
        '«A 2015 report from OSCOM indicated that monazite reserves from their operations were 256,000 tons; rare-earth reserves were not reported.» (Отчёт OSCOM 2015 года указывал, что запасы монацита на её объектах составляли 256 000 тонн; запасы редкоземельных металлов не сообщались; перевод наш; сноска USGS, версия 1.1)',
      'For Australia, JORC-compliant or equivalent reserves were 3.3 million tons (USGS footnote).':
        'Запасы Австралии по кодексу JORC или равноценные составляли 3,3 млн тонн (сноска USGS).',
      'Revised in this edition “based on company and Government reports” (USGS).':
        'В этом выпуске пересмотрено «based on company and Government reports» (на основании отчётов компаний и правительства; перевод наш; USGS).',
      'Russia, all deposits': 'Россия, все месторождения',
      'Whole deposit': 'Всё месторождение',
      'Oleg Kazanov, head of Rosnedra': 'Олег Казанов, глава Роснедр',
      "“Explored reserves” (разведанные запасы), TASS's word for the national total. He gave the same 28.5 Mt in his RIA Novosti interview published on 18 June 2025; Sputnik China recalled that interview on 19 January 2026.":
        '«Разведанные запасы» — так ТАСС называет общую цифру по стране. Те же 28,5 млн т он назвал в интервью РИА Новости, опубликованном 18 июня 2025 года; 19 января 2026 года Sputnik China напомнил об этом интервью.',
      'Part of the 28.5 Mt; the sources say only «запасов» (reserves), not which categories.':
        'Часть 28,5 млн т; в источниках сказано лишь «запасов», без категорий.',
      'Whole deposit, 1 January 2019': 'Всё месторождение, 1 января 2019 года',
      'Buranny section, 31 December 2019': 'Участок Буранный, 31 декабря 2019 года',
      'Central section': 'Центральный участок',
      'Apatite ore, start of 2014': 'Апатитовая руда, начало 2014 года',
      'To 300 m depth': 'До глубины 300 м',
      '11,400,000 t of ore × 14.5% REO': '11 400 000 т руды × 14,5% REO',
      "Version 1.3, 27 May 2026: Brazil's reserves revised from 21,000,000 to 11,000,000 t and the world total from >85,000,000 to >75,000,000 t":
        'Версия 1.3, 27 мая 2026 года: запасы Бразилии пересмотрены с 21 000 000 до 11 000 000 т, мировой итог — с >85 000 000 до >75 000 000 т',
      'Revision history: https://pubs.usgs.gov/periodicals/mcs2026/versionHist.txt':
        'История изменений: https://pubs.usgs.gov/periodicals/mcs2026/versionHist.txt',
      'USGS: “Significant revisions were made to the 2024 production for Australia, Brazil, Burma, Madagascar, Nigeria, and Vietnam based on Government and industry reports. Reserves for Australia, Brazil, and Malaysia were revised based on Government reports.”':
        'USGS (на языке оригинала): «Significant revisions were made to the 2024 production for Australia, Brazil, Burma, Madagascar, Nigeria, and Vietnam based on Government and industry reports. Reserves for Australia, Brazil, and Malaysia were revised based on Government reports.»',
      'USGS: “Reserves for Russia, South Africa, the United States, and Vietnam were revised based on company and Government reports.”':
        'USGS (на языке оригинала): «Reserves for Russia, South Africa, the United States, and Vietnam were revised based on company and Government reports.»',
      '«Казанов уточнил, что разведанные запасы редкоземельных металлов в РФ составляют 28,5 млн тонн, а российское потребление всего - 2,1 тыс. тонн в год.»':
        '«Казанов уточнил, что разведанные запасы редкоземельных металлов в РФ составляют 28,5 млн тонн, а российское потребление всего - 2,1 тыс. тонн в год.»',
      TASS: 'ТАСС',
      'Interview with Oleg Kazanov, head of Rosnedra (Russian Federal Agency for Subsoil Use)':
        'Интервью с Олегом Казановым, главой Роснедр (Федерального агентства по недропользованию)',
      'Sputnik China (Rossiya Segodnya, the agency that also publishes RIA Novosti)':
        'Sputnik China (МИА «Россия сегодня», которое выпускает и РИА Новости)',
      "Oleg Kazanov, head of Rosnedra, on the growth of Russia's rare-earth reserves in 2025":
        'Олег Казанов, глава Роснедр, о приросте запасов редкоземельных металлов в России в 2025 году',
      'Recalls his interview before the St Petersburg forum (RIA Novosti, 18 June 2025): «俄罗斯2850万吨的稀土金属储量中,有1100万吨集中在两个矿床:摩尔曼斯克州的洛沃泽尔矿(700万吨)和雅库特共和国的托姆托尔矿(400万吨)»':
        'Напоминает о его интервью перед Петербургским форумом (РИА Новости, 18 июня 2025 года): «俄罗斯2850万吨的稀土金属储量中,有1100万吨集中在两个矿床:摩尔曼斯克州的洛沃泽尔矿(700万吨)和雅库特共和国的托姆托尔矿(400万吨)»',
      'The RIA Novosti page of 18 June 2025 itself was not found; Russian reposts of it give the same figures, e.g. https://29ru.net/yakutsk/405791534':
        'Саму страницу РИА Новости от 18 июня 2025 года найти не удалось; российские перепечатки приводят те же цифры, напр. https://29ru.net/yakutsk/405791534',
    },
  },
};
