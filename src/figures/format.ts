/** How the figures view writes tonnages (British English, as the rest of the map); shares and ranks are in the catalog. */
const INTEGER = new Intl.NumberFormat('en-GB');
const THREE_DIGITS = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** 3800000 → "3,800,000" */
export function tonnes(n: number): string {
  return INTEGER.format(n);
}

/** 3800000 → "3.8 Mt"; 28500000 → "28.5 Mt"; 2653100 → "2.65 Mt": millions of tonnes, three significant digits at most. */
export function megatonnes(n: number): string {
  return `${THREE_DIGITS.format(n / 1e6)} Mt`;
}
