import { getArea, getDeposit, getStatement } from '../data/dataset';
import type { I18n } from '../i18n/I18n';
import { areaName, depositName, localBrief } from '../i18n/localize';
import type { Selection } from '../state/url';

/** The panel's heading for a selection, in the reader's language. */
export function titleOf(i18n: I18n, selection: Selection): string {
  const { t } = i18n;
  switch (selection.kind) {
    case 'area': {
      const area = getArea(selection.id);
      return area ? areaName(i18n, area) : '';
    }
    case 'deposit': {
      const deposit = getDeposit(selection.id);
      return deposit ? depositName(i18n, deposit) : '';
    }
    case 'statement': {
      const statement = getStatement(selection.id);
      return statement ? localBrief(i18n, statement).title : '';
    }
    case 'list':
      return t.titles.list;
    case 'sources':
      return t.titles.sources;
    case 'timeline':
      return t.titles.timeline;
    case 'figures':
      return t.titles.figures;
    case 'overview':
      return t.site.overviewTitle;
  }
}
