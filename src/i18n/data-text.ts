/**
 * Translations of the data's own text (area and deposit names, statement titles, notes and the
 * article's summary, timeline events), kept in data/i18n/<lang>.json beside the data they
 * translate, keyed by record and field:
 *
 *   { "statements": { "peskov-briefing": { "title": { "en": "Peskov: …", "uk": "Пєсков: …" } } } }
 *
 * Each entry repeats the English it was translated from, so the build notices when the English
 * changes and the translation is out of date. Quotes are never here: they stay as their sources
 * give them. Long research notes on deposits stay English (marked lang="en" in the page).
 *
 * Pure: the build (scripts/build-translations.ts) checks the files and writes, per language, two flat
 * maps from `kind:id:field` to the translated text: the first view's (loaded with that language's
 * catalog) and the details (loaded when first needed; see `partOf`).
 */
import type { Dataset } from '../data/schema';

/** Where a translatable field lives: its record kind and id, and its field path. */
export type TextKey = { kind: 'areas' | 'deposits' | 'statements' | 'article' | 'timeline'; id: string; field: string };

/**
 * Which load a translation travels in: `first` with the language, for what the first view shows
 * (names, statement titles and speakers, the article's summary); `details` when a part that shows
 * the rest first needs it (a statement's notes, the timeline, the methods section).
 */
export function partOf({ kind, field }: TextKey): 'first' | 'details' {
  if (kind === 'areas') return 'first';
  // A deposit's name is on the map; its status and occupation lines only in its own card.
  if (kind === 'deposits') return field === 'name' ? 'first' : 'details';
  if (kind === 'statements') return field === 'title' || field === 'speaker' ? 'first' : 'details';
  if (kind === 'article') return field.startsWith('summary.') ? 'first' : 'details';
  return 'details';
}

/** `statements:peskov-briefing:title` */
export function keyOf({ kind, id, field }: TextKey): string {
  return `${kind}:${id}:${field}`;
}

/** Every field of the data a reader sees that is ours to translate, with its English. */
export function translatableText(
  data: Omit<Dataset, 'timeline'> & { timeline?: Dataset['timeline'] },
): (TextKey & { en: string })[] {
  const out: (TextKey & { en: string })[] = [];
  const add = (kind: TextKey['kind'], id: string, field: string, en: string) => {
    if (en.trim()) out.push({ kind, id, field, en });
  };
  for (const a of data.areas) add('areas', a.id, 'name', a.properties.name);
  for (const d of data.deposits) {
    add('deposits', d.id, 'name', d.name);
    // The first lines of a deposit's card; the research notes behind its disclosures stay English.
    add('deposits', d.id, 'status.text', d.status.text);
    if (d.occupation) {
      add('deposits', d.id, 'occupation.note', d.occupation.note);
      d.occupation.changes.forEach((c, i) => add('deposits', d.id, `occupation.changes.${i}.note`, c.note));
    }
  }
  for (const s of data.statements) {
    for (const field of ['title', 'speaker', 'role', 'venue', 'dateNote', 'difference'] as const)
      add('statements', s.id, field, s[field]);
    s.versions.forEach((v, i) => add('statements', s.id, `versions.${i}.label`, v.label));
  }
  data.article.summary.forEach((p, i) => add('article', 'article', `summary.${i}`, p));
  data.article.slips.forEach((p, i) => add('article', 'article', `slips.${i}`, p));
  add('article', 'article', 'outletNote', data.article.outletNote);
  add('article', 'article', 'dateNote', data.article.dateNote);
  data.article.lineage.forEach((l, i) => add('article', 'article', `lineage.${i}.note`, l.note));
  for (const e of data.timeline ?? []) {
    for (const field of ['title', 'summary', 'dateNote'] as const) add('timeline', e.id, field, e[field]);
    // Who said a quote is our caption, not the quote: translated.
    e.quotes.forEach((q, i) => add('timeline', e.id, `quotes.${i}.speaker`, q.speaker));
  }
  return out;
}

/** A language's flat map of translations: `kind:id:field` → text. */
export type DataText = Record<string, string>;

type Entry = Record<string, string>;
type TranslationFile = Partial<Record<TextKey['kind'], Record<string, Record<string, Entry>>>>;

/**
 * Checks one language's file against the data: every translatable field translated, each from the
 * English the data has now, and nothing for records or fields that no longer exist. Returns the
 * problems (one line each, naming file, record and field) and the flat map.
 */
export function checkTranslations(
  lang: string,
  file: string,
  raw: unknown,
  data: Parameters<typeof translatableText>[0],
): { errors: string[]; text: DataText } {
  const errors: string[] = [];
  const text: DataText = {};
  if (!raw || typeof raw !== 'object') return { errors: [`${file}: missing or not a JSON object`], text };
  const json = raw as TranslationFile;
  const wanted = translatableText(data);
  const seen = new Set<string>();
  for (const { kind, id, field, en } of wanted) {
    const where = `${file}: ${kind}.${id}.${field}`;
    const entry = json[kind]?.[id]?.[field];
    seen.add(`${kind}\u0000${id}\u0000${field}`);
    const example = JSON.stringify({ en, [lang]: '…' });
    if (!entry || typeof entry[lang] !== 'string' || !entry[lang].trim()) {
      errors.push(`${where}: no ${lang} translation; add ${kind} → "${id}" → "${field}": ${example}`);
      continue;
    }
    if (entry.en !== en) {
      errors.push(
        `${where}: the English has changed since it was translated; translate it again and set "en" to ${JSON.stringify(en)}`,
      );
      continue;
    }
    text[keyOf({ kind, id, field })] = entry[lang];
  }
  for (const [kind, records] of Object.entries(json)) {
    if (kind === '$comment') continue;
    for (const [id, fields] of Object.entries(records ?? {}))
      for (const field of Object.keys(fields ?? {}))
        if (!seen.has(`${kind}\u0000${id}\u0000${field}`))
          errors.push(
            `${file}: ${kind}.${id}.${field}: translates nothing in the data (a record or field that no longer exists?); remove it`,
          );
  }
  return { errors, text };
}
