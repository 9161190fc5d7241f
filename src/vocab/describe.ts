/** How an area or a deposit is named for a screen reader or a tooltip, in the reader's language. */
import { depositsIn, statementsFor } from '../data/dataset';
import type { Area, DepositSummary } from '../data/schema';
import type { I18n } from '../i18n/I18n';

/** "Sakha Republic (Yakutia), 2 deposits, 3 statements": what a screen reader says for the shape. */
export function areaAccessibleName({ t }: I18n, area: Area, name: string): string {
  return t.map.areaName(name, depositsIn(area.id).length, statementsFor(area.id).length);
}

/** "±6 km", or "approximate location, settlement proxy, ±5 km". */
export function precisionText({ t, fmt }: I18n, loc: DepositSummary['location']): string {
  if (!loc) return t.map.notPublished;
  const km = fmt.number(loc.precisionKm);
  return loc.basis === 'deposit' ? t.map.precisionExact(km) : t.map.precisionApprox(t.basisShort[loc.basis], km);
}

/** "Tomtor: rare earths, developing; ±6 km". */
export function depositAccessibleName(i18n: I18n, d: DepositSummary, name: string): string {
  const { t } = i18n;
  return t.map.depositName(name, t.group[d.group], t.stage[d.status.stage], precisionText(i18n, d.location));
}
