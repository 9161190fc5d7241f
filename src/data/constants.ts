/** Enumerations shared by the schema and the app. Kept free of zod so the app never bundles it. */
export const SOURCE_KINDS = ['article', 'wire', 'primary', 'mirror', 'geological', 'report'] as const;
export const COORD_BASES = ['deposit', 'settlement proxy', 'district', 'computed'] as const;
export const DEPOSIT_GROUPS = ['rare-earths', 'rare-metals', 'lithium'] as const;
export const STAGES = ['producing', 'developing', 'undeveloped'] as const;
/**
 * Whose page a source is: the issuer's or outlet's own page (`original`: the Kremlin, a ministry,
 * a newspaper's own site), a news agency's own page (`wire`: tass.com, reuters.com, interfax), or a
 * copy of someone else's text elsewhere (`copy`: mirrors, aggregators, syndication, relays).
 * Every list of sources gives originals and wires before copies.
 */
export const ORIGINS = ['original', 'wire', 'copy'] as const;
/** How precisely a timeline event is dated: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/**
 * A deposit's occupation at a given date. `contested`: claimed captured and denied, or fought over;
 * `not established`: the sources do not say, e.g. where the deposit's location is not published.
 */
export const OCCUPATION_STATUSES = ['occupied', 'contested', 'not occupied', 'not established'] as const;
/** What a timeline event is part of. */
export const THREADS = ['us-ukraine-deal', 'russia-us-talks', 'russian-deposits', 'occupied-deposits'] as const;
export const COUNTRIES = ['Russia', 'Ukraine'] as const;

/**
 * Orders ISO dates ("2025-02-24", "2025-02", "2025"): they sort as strings. Plain comparison, not
 * `localeCompare`, whose first call builds a collator (about 10 ms on a phone) before the page can start.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
