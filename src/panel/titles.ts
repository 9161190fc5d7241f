import { getArea, getDeposit, getStatement } from '../data/dataset';
import type { I18n } from '../i18n/I18n';
import type { Selection } from '../state/url';

/** The panel's heading for a selection, in the reader's language. */
export function titleOf({ t }: I18n, selection: Selection): string {
  switch (selection.kind) {
    case 'area':
      return getArea(selection.id)?.properties.name ?? '';
    case 'deposit':
      return getDeposit(selection.id)?.name ?? '';
    case 'statement':
      return getStatement(selection.id)?.title ?? '';
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
