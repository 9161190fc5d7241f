/**
 * Plural forms through `Intl.PluralRules`: English has two (one, other), Ukrainian and Russian
 * four (one, few, many, other). `#` in a form stands for the number, formatted for the language.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A plural function for one locale: plural(3, { one: '# deposit', other: '# deposits' }) → "3 deposits". */
export function pluralFor(locale: string): (n: number, forms: PluralForms) => string {
  // Made on first use, not when the catalog loads: each Intl object takes milliseconds to build.
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return (n, forms) =>
    (forms[(rules ??= new Intl.PluralRules(locale)).select(n)] ?? forms.other).replace(
      '#',
      (numbers ??= new Intl.NumberFormat(locale)).format(n),
    );
}
