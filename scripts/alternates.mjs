/**
 * The links that tell search engines where the same page is in each language (`hreflang`). They must
 * be absolute addresses, so they are written only where `site.config.json` gives the address the map
 * is published at; a build without one writes none, since relative ones are invalid and ignored.
 * @param {string | null} siteUrl the published address of the root page, ending in '/'
 * @param {readonly string[]} langs every language, the root page's first or not
 * @param {string} rootLang the language of the root page (the others are in folders named after them)
 * @param {string} file the page: 'index.html' or another file beside it
 * @returns {string[]} the <link> tags
 */
export function alternateLinks(siteUrl, langs, rootLang, file) {
  if (!siteUrl) return [];
  const page = file === 'index.html' ? '' : file;
  const at = (lang) => new URL(`${lang === rootLang ? '' : `${lang}/`}${page}`, siteUrl).href;
  return [...langs, 'x-default'].map(
    (l) => `<link rel="alternate" hreflang="${l}" href="${at(l === 'x-default' ? rootLang : l)}" />`,
  );
}
