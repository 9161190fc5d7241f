/**
 * The data in the reader's language: names, titles and notes from the language's translations
 * (see data-text.ts), the English where the reader reads English. Quotes are never translated.
 */
import type { Area, Article, Deposit, DepositSummary, Statement, TimelineEvent } from '../data/schema';
import { keyOf, type TextKey } from './data-text';
import type { I18n } from './I18n';

/** The translation, from the first part or the details (see `useI18nDetails`), else the English. */
function local(i18n: I18n, key: TextKey, english: string): string {
  const k = keyOf(key);
  return i18n.data?.[k] ?? i18n.details?.value?.[k] ?? english;
}

export function areaName(i18n: I18n, area: Pick<Area, 'id' | 'properties'>): string {
  return local(i18n, { kind: 'areas', id: area.id, field: 'name' }, area.properties.name);
}

export function depositName(i18n: I18n, deposit: Pick<DepositSummary, 'id' | 'name'>): string {
  return local(i18n, { kind: 'deposits', id: deposit.id, field: 'name' }, deposit.name);
}

/**
 * A deposit's record with its status line and occupation notes in the reader's language (after
 * `useI18nDetails()`); `translated` says whether they are, so the page can mark English as English.
 * The research notes (type, resources, location notes) stay as written.
 */
export function localDeposit(i18n: I18n, d: Deposit): { deposit: Deposit; translated: boolean } {
  if (!i18n.data) return { deposit: d, translated: i18n.lang === 'en' };
  const f = (field: string, en: string) => local(i18n, { kind: 'deposits', id: d.id, field }, en);
  const o = d.occupation;
  return {
    translated: f('status.text', '') !== '',
    deposit: {
      ...d,
      status: { ...d.status, text: f('status.text', d.status.text) },
      occupation: o && {
        ...o,
        note: f('occupation.note', o.note),
        changes: o.changes.map((c, i) => ({ ...c, note: f(`occupation.changes.${i}.note`, c.note) })),
      },
    },
  };
}

/** A deposit's commodities: chemical symbols as they are, "REE" in the reader's abbreviation (РЗЕ, РЗЭ). */
export function commodityList(i18n: I18n, commodities: readonly string[]): string {
  return commodities.map((c) => (c === 'REE' ? i18n.t.ree : c)).join(', ');
}

/** An occupied oblast's name in the reader's language, from the boundary data's own names. */
export function partName(i18n: I18n, part: Area['properties']['parts'][number]): string {
  return i18n.lang === 'uk' ? part.nameUk : i18n.lang === 'ru' ? part.nameRu : part.nameEn;
}

/**
 * The statement with its titles, roles and notes in the reader's language; its wordings untouched.
 * The notes come with the language's details: a component calls `useI18nDetails()` first.
 */
export function localStatement(i18n: I18n, s: Statement): Statement {
  if (!i18n.data) return s;
  const f = (field: string, en: string) => local(i18n, { kind: 'statements', id: s.id, field }, en);
  return {
    ...s,
    title: f('title', s.title),
    speaker: f('speaker', s.speaker),
    role: f('role', s.role),
    venue: f('venue', s.venue),
    dateNote: f('dateNote', s.dateNote),
    difference: f('difference', s.difference),
    versions: s.versions.map((v, i) => ({ ...v, label: f(`versions.${i}.label`, v.label) })),
  };
}

/** A statement in brief with its title and speaker in the reader's language; its quote untouched. */
export function localBrief<S extends { id: string; title: string; speaker: string }>(i18n: I18n, s: S): S {
  if (!i18n.data) return s;
  const f = (field: string, en: string) => local(i18n, { kind: 'statements', id: s.id, field }, en);
  return { ...s, title: f('title', s.title), speaker: f('speaker', s.speaker) };
}

/** The article's summary and slips in the reader's language; its headline and wording stay as printed. */
export function localArticle(i18n: I18n, article: Article): Article {
  if (!i18n.data) return article;
  const f = (field: string, en: string) => local(i18n, { kind: 'article', id: 'article', field }, en);
  return {
    ...article,
    summary: article.summary.map((p, i) => f(`summary.${i}`, p)),
    slips: article.slips.map((p, i) => f(`slips.${i}`, p)),
    outletNote: f('outletNote', article.outletNote),
    dateNote: f('dateNote', article.dateNote),
    lineage: article.lineage.map((l, i) => ({ ...l, note: f(`lineage.${i}.note`, l.note) })),
  };
}

/** A timeline event's title, summary and date note in the reader's language (after `useI18nDetails()`); its quotes untouched. */
export function localEvent(i18n: I18n, e: TimelineEvent): TimelineEvent {
  if (!i18n.data) return e;
  const f = (field: string, en: string) => local(i18n, { kind: 'timeline', id: e.id, field }, en);
  return {
    ...e,
    title: f('title', e.title),
    summary: f('summary', e.summary),
    dateNote: f('dateNote', e.dateNote),
    quotes: e.quotes.map((q, i) => ({ ...q, speaker: f(`quotes.${i}.speaker`, q.speaker) })),
  };
}
