/** Types for alternates.mjs. */
export function alternateLinks(
  siteUrl: string | null,
  langs: readonly string[],
  rootLang: string,
  file: string,
): string[];
