import type { MouseEvent, ReactNode } from 'react';
import { getDeposit } from '../data/dataset';
import type { Selection } from '../state/url';
import { useAddress } from '../state/useUrl';
import { useStaticLinks } from './LinkMode';

type SelectLinkProps = {
  selection: Selection;
  onSelect: (s: Selection) => void;
  children: ReactNode;
  className?: string;
};

/** Where a selection is found on the prerendered page, which shows every area and statement at once. */
function staticAnchor(selection: Selection): string {
  switch (selection.kind) {
    case 'area':
      return `#area-${selection.id}`;
    case 'deposit': {
      const areaId = getDeposit(selection.id)?.areaId;
      return areaId ? `#area-${areaId}` : '#area-occupied-ukraine';
    }
    case 'statement':
      return `#statement-${selection.id}`;
    case 'timeline':
      return selection.event ? `#event-${selection.event}` : '#timeline';
    case 'list':
    case 'sources':
    case 'figures':
    case 'overview':
      return '#panel-title';
  }
}

/** A real link (it can be opened in a new tab or copied) that selects in place when clicked. */
export function SelectLink({ selection, onSelect, children, className }: SelectLinkProps) {
  const isStatic = useStaticLinks();
  const address = useAddress();
  // The link keeps the address's other parameters (embed options, language) and changes the selection.
  const href = isStatic ? staticAnchor(selection) : address.href({ ...address.url, selection });
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
