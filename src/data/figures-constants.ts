/** Enumerations of data/figures.json, shared by its schema and the app. Kept free of zod. */

/** Units a figure may carry. Every figure names one; there is no default. */
export const FIGURE_UNITS = ['t-reo', 't-tr2o3', 't-rem'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** What a tonnage counts: the category or system it was reported in. */
export const FIGURE_BASES = [
  'balance-explored',
  /** A deposit's part of Rosnedra's national figure, in no category the source names. */
  'balance-share',
  'balance-abc1',
  'balance-c2',
  'jorc-ore-reserve',
  'measured-indicated',
  'prognostic',
  'prospective',
  'category-not-stated',
] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

/**
 * What a figure can be set beside: USGS's reserves (economic reserves now), Russia's state balance
 * (all explored categories), or nothing (resources, forecasts, or a category nobody stated).
 */
export type Comparable = 'usgs-reserves' | 'russian-balance' | 'none';

export const COMPARABLE: Record<FigureBasis, Comparable> = {
  'balance-explored': 'russian-balance',
  'balance-share': 'russian-balance',
  'balance-abc1': 'russian-balance',
  'balance-c2': 'russian-balance',
  'jorc-ore-reserve': 'usgs-reserves',
  'measured-indicated': 'none',
  prognostic: 'none',
  prospective: 'none',
  'category-not-stated': 'none',
};

export const MEASURES = ['reserves', 'mine-production'] as const;
export type Measure = (typeof MEASURES)[number];

/** The country the figures view compares with the world. */
export const FOCUS_COUNTRY = 'Russia';

/** Other countries the map concerns; the figures view says so where USGS lists none of their figures. */
export const OTHER_COUNTRIES = ['Ukraine'] as const;
