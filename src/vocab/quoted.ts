/**
 * The quotations in a note: the passages between «…» or “…”. Pure, shared by the page (which marks
 * a quotation's language) and the data tests (which look for each quotation in its sources).
 */

export type Quoted = { text: string; start: number };

const QUOTE = /«([^«»]+)»|“([^“”]+)”/g;

/** Every quoted passage of `text`, without its marks. «…» nested in “…” is not looked for. */
export function quotations(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2]!;
    out.push({ text: inner, start: m.index! + 1 });
  }
  return out;
}

/**
 * The language a passage is written in, where its letters tell: Latin, Han, or Cyrillic letters only
 * one of uk/ru has. Inside a Ukrainian note, a Cyrillic passage of some length with none of і, ї, є, ґ
 * or the apostrophe is Russian; `within` is the note's language.
 */
export function scriptLang(passage: string, within?: string): 'en' | 'zh' | 'ru' | 'uk' | null {
  const latin = (passage.match(/[A-Za-z]/g) ?? []).length;
  const cyrillic = (passage.match(/[\u0400-\u04FF]/g) ?? []).length;
  const han = (passage.match(/[\u4E00-\u9FFF]/g) ?? []).length;
  if (han > latin && han > cyrillic) return 'zh';
  if (latin > cyrillic) return 'en';
  if (cyrillic === 0) return null;
  if (/[ыэъё]/i.test(passage)) return 'ru';
  if (/[іїєґ]/i.test(passage)) return 'uk';
  if (within === 'uk' && cyrillic >= 12 && !/[’']/.test(passage)) return 'ru';
  return null;
}

/**
 * `text` cut into runs, each quotation in another language than `lang` a run of its own (marks
 * included) with that language; the rest with none.
 */
export function quotedSpans(text: string, lang: string): { text: string; lang?: string }[] {
  const out: { text: string; lang?: string }[] = [];
  let at = 0;
  for (const q of quotations(text)) {
    const own = scriptLang(q.text, lang);
    if (!own || own === lang) continue;
    const from = q.start - 1;
    const to = q.start + q.text.length + 1;
    if (from > at) out.push({ text: text.slice(at, from) });
    out.push({ text: text.slice(from, to), lang: own });
    at = to;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
