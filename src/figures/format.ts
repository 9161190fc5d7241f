/** How the figures view writes tonnages and shares (British English, as the rest of the map). */
import type { Share } from './compare';

const INTEGER = new Intl.NumberFormat('en-GB');
const THREE_DIGITS = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumSignificantDigits: 2 });

/** 3800000 → "3,800,000" */
export function tonnes(n: number): string {
  return INTEGER.format(n);
}

/** 3800000 → "3.8 Mt"; 28500000 → "28.5 Mt"; 2653100 → "2.65 Mt": millions of tonnes, three significant digits at most. */
export function megatonnes(n: number): string {
  return `${THREE_DIGITS.format(n / 1e6)} Mt`;
}

/** 0.00667 → "0.67%"; a share of a lower-bound total → "at most 5.1%". */
export function share(s: Share): string {
  const text = PERCENT.format(s.share);
  return s.atMost ? `at most ${text}` : text;
}

/** 1 → "1st", 4 → "4th", 22 → "22nd" */
export function ordinal(n: number): string {
  const rules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rules.select(n)];
  return `${n}${suffix}`;
}
