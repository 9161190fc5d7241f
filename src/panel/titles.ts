import { getArea, getDeposit, getStatement } from '../data/dataset';
import type { Selection } from '../state/selection';

export const OVERVIEW_TITLE = 'Russia’s rare-earth offer, February 2025';

/** The panel's heading for a selection. */
export function titleOf(selection: Selection): string {
  switch (selection.kind) {
    case 'area':
      return getArea(selection.id)?.properties.name ?? '';
    case 'deposit':
      return getDeposit(selection.id)?.name ?? '';
    case 'statement':
      return getStatement(selection.id)?.title ?? '';
    case 'list':
      return 'All areas and deposits';
    case 'sources':
      return 'Sources';
    case 'overview':
      return OVERVIEW_TITLE;
  }
}
