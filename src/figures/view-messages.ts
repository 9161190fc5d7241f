/**
 * The figures view's own interface text in English, loaded with the view: plain strings, or
 * functions where a value goes in. Numbers arrive already formatted. The figures' own notes and
 * sources are data, not interface.
 */
import type { Comparable, FigureBasis, FigureUnit } from '../data/figures-constants';

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
  editionsIntro: (before: string, after: string) => `Reserves that differ between USGS’s ${before} and ${after} editions`,
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
};

export type FiguresViewMessages = typeof figuresViewEn;
