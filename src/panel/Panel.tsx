import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { getArea, getDeposit, getStatement } from '../data/dataset';
import type { Selection } from '../state/selection';
import { SELECT_MARK, SELECT_MEASURE } from '../state/useSelection';
import { AreaCard } from './AreaCard';
import { LazyFailed } from './LazyFailed';
import { Overview } from './Overview';
import { SelectLink } from './SelectLink';
import { StatementCard } from './StatementCard';
import { titleOf } from './titles';

const SourcesView = lazy(() => import('./SourcesView'));
const DepositRecord = lazy(() => import('./DepositCard'));
const ListView = lazy(() => import('./ListView'));

type PanelProps = { selection: Selection; notice: string | null; onSelect: (s: Selection) => void };

/** Time from the reader's click to the first frame that shows the new panel (read by `npm run bench`). */
function measureSelection() {
  requestAnimationFrame(() => {
    // Checked in the frame itself: two quick selections share one mark, and the first clears it.
    if (performance.getEntriesByName(SELECT_MARK, 'mark').length === 0) return;
    performance.measure(SELECT_MEASURE, SELECT_MARK);
    performance.clearMarks(SELECT_MARK);
  });
}

export function Panel({ selection, notice, onSelect }: PanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
    measureSelection();
    // After a selection, focus goes to what it shows; not on the first render, so a page load does not jump.
    if (!first.current) heading.current?.focus({ preventScroll: true });
    first.current = false;
  }, [selection]);

  return (
    <aside className="panel" id="panel" aria-labelledby="panel-title">
      <div className="panel-body" ref={body}>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {selection.kind !== 'overview' && <Crumbs selection={selection} onSelect={onSelect} />}
        <h2 id="panel-title" tabIndex={-1} ref={heading}>
          {titleOf(selection)}
        </h2>
        <PanelContent selection={selection} onSelect={onSelect} />
      </div>
    </aside>
  );
}

function PanelContent({ selection, onSelect }: { selection: Selection; onSelect: (s: Selection) => void }) {
  switch (selection.kind) {
    case 'area': {
      const area = getArea(selection.id);
      return area ? <AreaCard area={area} onSelect={onSelect} /> : null;
    }
    case 'deposit':
      return (
        <LazyPart what="the deposit's record">
          <DepositRecord id={selection.id} onSelect={onSelect} />
        </LazyPart>
      );
    case 'statement': {
      const statement = getStatement(selection.id);
      return statement ? <StatementCard statement={statement} onSelect={onSelect} standalone /> : null;
    }
    case 'list':
      return (
        <LazyPart what="the list">
          <ListView onSelect={onSelect} />
        </LazyPart>
      );
    case 'sources':
      return (
        <LazyPart what="the list of sources">
          <SourcesView />
        </LazyPart>
      );
    case 'overview':
      return <Overview onSelect={onSelect} />;
  }
}

function Crumbs({ selection, onSelect }: { selection: Selection; onSelect: (s: Selection) => void }) {
  const deposit = selection.kind === 'deposit' ? getDeposit(selection.id) : undefined;
  return (
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
  );
}

/** A part of the panel whose code loads on demand: a line while it loads, a retry if it fails. */
function LazyPart({ what, children }: { what: string; children: ReactNode }) {
  return (
    <LazyFailed what={what} key={what}>
      <Suspense fallback={<p className="note">{`Loading ${what}…`}</p>}>{children}</Suspense>
    </LazyFailed>
  );
}
