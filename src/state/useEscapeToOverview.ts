import { useEffect } from 'react';
import { featureOf } from './feature-focus';
import type { Selection } from './url';

/** Focuses the feature once the map has drawn it again (a few frames at most), else the panel heading. */
function focusWhenDrawn(selection: Selection, framesLeft = 10) {
  requestAnimationFrame(() => {
    // Looked up afresh: leaving a selection can redraw the feature as a new element.
    const feature = featureOf(selection);
    if (feature) feature.focus({ preventScroll: true });
    else if (framesLeft > 0) focusWhenDrawn(selection, framesLeft - 1);
    else document.getElementById('panel-title')?.focus({ preventScroll: true });
  });
}

/** Escape leaves a selection for the overview and puts focus back on the area or marker it came from. */
export function useEscapeToOverview(selection: Selection, select: (s: Selection) => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled || selection.kind === 'overview') return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog, details[open] summary')) return;
      const left = selection;
      select({ kind: 'overview' });
      focusWhenDrawn(left);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selection, select, enabled]);
}
