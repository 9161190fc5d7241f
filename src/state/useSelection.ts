import { useCallback, useEffect, useState } from 'react';
import { getDeposit, getStatement } from '../data/dataset';
import { formatSelection, parseSelection, sameSelection, type ParsedSelection, type Selection } from './selection';

function read(): ParsedSelection {
  return parseSelection(window.location.search, {
    deposit: (id) => getDeposit(id) !== undefined,
    statement: (id) => getStatement(id) !== undefined,
  });
}

/** Performance mark set when the reader selects something; the panel measures from it to its next frame. */
export const SELECT_MARK = 'select';
export const SELECT_MEASURE = 'select-to-panel';

/** The only code that reads or writes the location: selection in, history entries out. */
export function useSelection(): [ParsedSelection, (next: Selection) => void] {
  const [state, setState] = useState(read);

  useEffect(() => {
    function onPopState() {
      setState(read());
    }
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const select = useCallback((next: Selection) => {
    const current = read();
    if (sameSelection(current.selection, next) && !current.notice) return;
    performance.mark(SELECT_MARK);
    const { pathname, search, hash } = window.location;
    window.history.pushState(null, '', `${pathname}${formatSelection(next, search)}${hash}`);
    setState({ selection: next, notice: null });
  }, []);

  return [state, select];
}
