import type { ReactNode } from 'react';

/**
 * Research one click away: a native disclosure, so it opens without JavaScript too. Its id is a
 * deep link (`?statement=putin-regions#statement-putin-regions-wordings`); useOpenTarget opens it
 * when a link points at it or at anything inside it.
 */
type DisclosureProps = { id: string; summary: ReactNode; children: ReactNode; open?: boolean };

export function Disclosure({ id, summary, children, open = false }: DisclosureProps) {
  return (
    <details className="disclosure" id={id} open={open}>
      <summary>{summary}</summary>
      <div className="disclosure-body">{children}</div>
    </details>
  );
}
