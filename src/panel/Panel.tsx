import { useEffect, useRef } from 'react';
import { getArea, getDeposit } from '../data/dataset';
import type { Selection } from '../state/selection';
import { SELECT_MARK, SELECT_MEASURE } from '../state/useSelection';
import { AreaCard } from './AreaCard';
import { DepositRecord } from './DepositCard';
import { Overview } from './Overview';
import { SelectLink } from './SelectLink';

type PanelProps = { selection: Selection; notice: string | null; onSelect: (s: Selection) => void };

/** Time from the reader's click to the first frame that shows the new panel (read by `npm run bench`). */
function measureSelection() {
  if (performance.getEntriesByName(SELECT_MARK, 'mark').length === 0) return;
  requestAnimationFrame(() => {
    performance.measure(SELECT_MEASURE, SELECT_MARK);
    performance.clearMarks(SELECT_MARK);
  });
}

function titleOf(selection: Selection): string {
  if (selection.kind === 'area') return getArea(selection.id)?.properties.name ?? '';
  if (selection.kind === 'deposit') return getDeposit(selection.id)?.name ?? '';
  return 'Russia’s rare-earth offer, February 2025';
}

export function Panel({ selection, notice, onSelect }: PanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const area = selection.kind === 'area' ? getArea(selection.id) : undefined;
  const deposit = selection.kind === 'deposit' ? getDeposit(selection.id) : undefined;

  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
    measureSelection();
  }, [selection]);

  return (
    <aside className="panel" aria-labelledby="panel-title">
      <div className="panel-body" ref={body}>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {selection.kind !== 'overview' && (
          <nav className="crumbs" aria-label="Back">
            <SelectLink selection={{ kind: 'overview' }} onSelect={onSelect}>
              ← Overview
            </SelectLink>
            {deposit?.areaId && (
              <>
                {' · '}
                <SelectLink selection={{ kind: 'area', id: deposit.areaId }} onSelect={onSelect}>
                  {getArea(deposit.areaId)?.properties.name}
                </SelectLink>
              </>
            )}
          </nav>
        )}
        <h2 id="panel-title" tabIndex={-1}>
          {titleOf(selection)}
        </h2>
        {area && <AreaCard area={area} onSelect={onSelect} />}
        {deposit && <DepositRecord id={deposit.id} onSelect={onSelect} />}
        {selection.kind === 'overview' && <Overview onSelect={onSelect} />}
      </div>
    </aside>
  );
}
