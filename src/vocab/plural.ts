import type { PluralCategory } from './numbers';

/**
 * Plural forms, chosen by the rules in ./numbers: English has two (one, other), Ukrainian and
 * Russian four (one, few, many, other). `#` in a form stands for the number, formatted for the language.
 */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };
