import { getArea, getDeposit } from '../data/dataset';
import type { AreaId } from '../geo/area-ids';
import type { I18n } from '../i18n/I18n';
import { areaName, depositName } from '../i18n/localize';
import type { Selection } from '../state/url';

/** The areas and deposits a record concerns (a statement, an event), named in the reader's language, each with its selection. */
export function placeLinks(
  i18n: I18n,
  { areaIds, depositIds }: { areaIds: readonly AreaId[]; depositIds: readonly string[] },
): { key: string; selection: Selection; name: string }[] {
  return [
    ...areaIds.map((id) => ({ key: id, selection: { kind: 'area', id } as const, name: areaName(i18n, getArea(id)!) })),
    ...depositIds.map((id) => ({
      key: id,
      selection: { kind: 'deposit', id } as const,
      name: depositName(i18n, getDeposit(id)!),
    })),
  ];
}
