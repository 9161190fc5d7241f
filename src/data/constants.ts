/** Enumerations shared by the schema and the app. Kept free of zod so the app never bundles it. */
export const SOURCE_KINDS = ['article', 'wire', 'primary', 'mirror', 'geological', 'report'] as const;
export const COORD_BASES = ['deposit', 'settlement proxy', 'district', 'computed'] as const;
export const DEPOSIT_GROUPS = ['rare-earths', 'rare-metals', 'lithium'] as const;
export const STAGES = ['producing', 'developing', 'undeveloped'] as const;
