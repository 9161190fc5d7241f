/**
 * Plural forms through `Intl.PluralRules`: English has two (one, other), Ukrainian and Russian
 * four (one, few, many, other). `#` in a form stands for the number, formatted for the language.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A plural function for one locale: plural(3, { one: '# deposit', other: '# deposits' }) → "3 deposits". */
export function pluralFor(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
}
