/**
 * The first view's digest of a statement. Kept apart from the schema so that code running in the browser
 * can use it without bundling the validation library (whose start-up probe a strict CSP reports as eval).
 */
import type { Lang } from '../i18n/langs';
import type { Statement, StatementBrief, Wording } from './schema';

/**
 * The wording a statement leads with for a reader of `lang`, and the one shown beside it. A reader
 * of English reads the source's own English first (the Kremlin's transcript, the wire's), with the
 * original beside it where the speaker spoke another language; a reader of Ukrainian or Russian
 * reads the original first (Russian for Putin and Peskov), with the English beside it. Where there
 * is only one wording (Stefanishyna wrote in English), it leads alone. Never a translation of ours.
 */
export function keyWordings(s: Pick<Statement, 'versions'>, lang: Lang): { lead: Wording; beside: Wording | null } | null {
  const english = s.versions.find((v) => v.lang === 'en');
  const original = s.versions.find((v) => v.lang !== 'en');
  const [first, second] = lang === 'en' ? [english, original] : [original, english];
  const lead = first ?? second;
  return lead ? { lead, beside: first && second ? second : null } : null;
}

/** The statement's digest, leading as a reader of `lang` reads it (the first view's data is English). */
export function briefStatement(s: Statement, lang: Lang = 'en'): StatementBrief {
  const { id, title, speaker, date, venueKind, areaIds, depositIds, countries } = s;
  const key = keyWordings(s, lang);
  return {
    id,
    title,
    speaker,
    date,
    venueKind,
    areaIds,
    depositIds,
    countries,
    key: key ? { wording: key.lead } : { article: s.article },
  };
}
