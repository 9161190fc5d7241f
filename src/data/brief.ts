/**
 * The first view's digest of a statement. Kept apart from the schema so that code running in the browser
 * can use it without bundling the validation library (whose start-up probe a strict CSP reports as eval).
 */
import type { Statement, StatementBrief } from './schema';

export function briefStatement(s: Statement): StatementBrief {
  const { id, title, speaker, date, venueKind, areaIds, depositIds, countries } = s;
  const wording = s.versions.find((v) => v.lang === 'en') ?? s.versions[0];
  return { id, title, speaker, date, venueKind, areaIds, depositIds, countries, key: wording ? { wording } : { article: s.article } };
}
