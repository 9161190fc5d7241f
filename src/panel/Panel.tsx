import { Suspense, useRef, useState, type ReactNode } from 'react';
import { lazyPart } from '../lazy-part';
import { getArea, getDeposit, getStatement } from '../data/dataset';
import { useI18n, useT } from '../i18n/I18n';
import type { Notice, Selection } from '../state/url';
import { SELECT_MARK, SELECT_MEASURE, useOnSelect } from '../state/useUrl';
import { LazyFailed } from '../ui/LazyFailed';
import { SelectLink } from '../ui/SelectLink';
import { ABOUT_ID } from './about-id';
import { AreaCard } from './AreaCard';
import { noticeText } from './notice';
import { Overview } from './Overview';
import { titleOf } from './titles';
import { areaName } from '../i18n/localize';
import { useOpenTarget } from './useOpenTarget';
import './panel.css';

const SourcesView = lazyPart(() => import('./SourcesView'));
const DepositRecord = lazyPart(() => import('./DepositCard'));
const ListView = lazyPart(() => import('./ListView'));
const FiguresView = lazyPart(() => import('../figures/FiguresView'));
const StatementRecord = lazyPart(() => import('./StatementCard'));
const TimelineView = lazyPart(() => import('./TimelineView'));
const AboutBody = lazyPart(() => import('./About'));

type PanelProps = { selection: Selection; notice: Notice | null; onSelect: (s: Selection) => void };

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
  const i18n = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useOnSelect((selection, first) => {
    measureSelection();
    // A link to one statement or deposit opened on a phone lands on it: its heading at the
    // top of the screen, with its key line and Cite below; the map, framed on it, is one scroll up.
    if (first && namesOne(selection) && heading.current && onePageLayout(heading.current)) landOn(heading.current);
    // A new selection is read from its top, with focus on what it shows. Not on the first render: a
    // page load neither jumps nor lays the page out again while it starts.
    if (first) return;
    body.current?.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  });
  useOpenTarget(selection);

  return (
    <aside className="panel" id="panel" aria-labelledby="panel-title">
      <div className="panel-body" ref={body}>
        {notice && (
          <p className="notice" role="status">
            {noticeText(i18n.t, notice)}
          </p>
        )}
        {selection.kind !== 'overview' && <Crumbs selection={selection} onSelect={onSelect} />}
        <h2 id="panel-title" tabIndex={-1} ref={heading}>
          {titleOf(i18n, selection)}
        </h2>
        <PanelContent selection={selection} onSelect={onSelect} />
      </div>
    </aside>
  );
}

/**
 * A selection that names one thing a reader came for, rather than a list or an overview. (A link to
 * a timeline event lands on the event itself: the timeline scrolls to it once it has loaded.)
 */
function namesOne(selection: Selection): boolean {
  return selection.kind === 'statement' || selection.kind === 'deposit';
}

/**
 * Scrolls the page so that `el` is at the top of the screen, and keeps it there while the page
 * above and below it is still being laid out (the map arriving, the card's record loading), until
 * the reader scrolls, touches or types, or the page has held still for a while.
 */
function landOn(el: HTMLElement) {
  el.scrollIntoView({ block: 'start' });
  if (typeof ResizeObserver === 'undefined') return;
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  let timer = 0;
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const e of events) window.removeEventListener(e, stop);
  };
  // Each change of the page's size aligns the heading again, and waits a while longer for the next.
  const observer = new ResizeObserver(() => {
    el.scrollIntoView({ block: 'start' });
    window.clearTimeout(timer);
    timer = window.setTimeout(stop, 2000);
  });
  observer.observe(document.body);
  for (const e of events) window.addEventListener(e, stop, { passive: true, once: true });
}

/** The phone layout: the page scrolls as one document, the panel below the map (not an embed). */
function onePageLayout(el: HTMLElement | null): boolean {
  return !!el && !el.closest('.app--embed') && window.matchMedia('(max-width: 820px)').matches;
}

function PanelContent({ selection, onSelect }: { selection: Selection; onSelect: (s: Selection) => void }) {
  const t = useT();
  switch (selection.kind) {
    case 'area': {
      const area = getArea(selection.id);
      return area ? <AreaCard area={area} onSelect={onSelect} /> : null;
    }
    case 'deposit':
      return (
        <LazyPart what={t.load.depositRecord}>
          <DepositRecord id={selection.id} onSelect={onSelect} />
        </LazyPart>
      );
    case 'statement': {
      const statement = getStatement(selection.id);
      return statement ? (
        <LazyPart what={t.card.statement}>
          <StatementRecord id={statement.id} onSelect={onSelect} />
        </LazyPart>
      ) : null;
    }
    case 'list':
      return (
        <LazyPart what={t.load.list}>
          <ListView onSelect={onSelect} />
        </LazyPart>
      );
    case 'sources':
      return (
        <LazyPart what={t.load.sources}>
          <SourcesView />
        </LazyPart>
      );
    case 'figures':
      return (
        <LazyPart what={t.load.figures}>
          <FiguresView onSelect={onSelect} />
        </LazyPart>
      );
    case 'timeline':
      return (
        <LazyPart what={t.load.timeline}>
          <TimelineView selected={selection.event} onSelect={onSelect} />
        </LazyPart>
      );
    case 'overview':
      return <Overview onSelect={onSelect} about={<AboutOnOpen />} />;
  }
}

function Crumbs({ selection, onSelect }: { selection: Selection; onSelect: (s: Selection) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const area = selection.kind === 'deposit' ? getArea(getDeposit(selection.id)?.areaId ?? '') : undefined;
  return (
    <nav className="crumbs" aria-label={t.crumbs.label}>
      <SelectLink selection={{ kind: 'overview' }} onSelect={onSelect}>
        {t.crumbs.overview}
      </SelectLink>
      {area && (
        <>
          {' · '}
          <SelectLink selection={{ kind: 'area', id: area.id }} onSelect={onSelect}>
            {areaName(i18n, area)}
          </SelectLink>
        </>
      )}
    </nav>
  );
}

/** A part of the panel whose code loads on demand: a line while it loads, a retry if it fails. */
function LazyPart({ what, children }: { what: string; children: ReactNode }) {
  const t = useT();
  return (
    <LazyFailed what={what} key={what} t={t}>
      <Suspense fallback={<p className="note">{t.load.loading(what)}</p>}>{children}</Suspense>
    </LazyFailed>
  );
}

/** The methods section, whose text loads when the reader opens it (or a link to `#about` does). */
function AboutOnOpen() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="disclosure" id={ABOUT_ID} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.about.summary}</summary>
      {open && (
        <div className="disclosure-body">
          <LazyPart what={t.about.summary}>
            <AboutBody />
          </LazyPart>
        </div>
      )}
    </details>
  );
}
