import type { MouseEvent, ReactNode } from 'react';
import { formatSelection, type Selection } from '../state/selection';

type SelectLinkProps = { selection: Selection; onSelect: (s: Selection) => void; children: ReactNode; className?: string };

/** A real link (it can be opened in a new tab or copied) that selects in place when clicked. */
export function SelectLink({ selection, onSelect, children, className }: SelectLinkProps) {
  const href = formatSelection(selection, typeof window === 'undefined' ? '' : window.location.search) || '?';
  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(selection);
  }
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
