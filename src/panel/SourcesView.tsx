import { useMemo } from 'react';
import { collectSources } from '../cite/sources';
import { areas, article, statements } from '../data/dataset';
import type { Deposit } from '../data/schema';
import { LoadFailed } from './LoadFailed';
import { useDepositRecords } from './useDepositRecord';

/** Every source the map uses, grouped by kind, with what each one supports. Loaded on demand. */
export default function SourcesView() {
  const [state, retry] = useDepositRecords();
  if (state.status === 'loading') return <p className="note">Loading the sources…</p>;
  if (state.status === 'error') return <LoadFailed what="the deposit records" onRetry={retry} />;
  return <Groups records={state.value} />;
}

function Groups({ records }: { records: Deposit[] }) {
  const groups = useMemo(() => collectSources({ article, areas, deposits: records, statements, timeline: [] }), [records]);
  return (
    <>
      <p>
        Every source cited on this map, grouped by kind. Under each, what it supports. Pages marked as mirrors are copies
        of a primary or wire text, used where the original page was not found.
      </p>
      {groups.map((g) => (
        <section key={g.group} aria-labelledby={`sources-${g.group}`}>
          <h3 id={`sources-${g.group}`}>
            {g.label} ({g.entries.length})
          </h3>
          <ul className="source-index">
            {g.entries.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title}
                </a>
                <span className="muted"> · supports: {e.supports.join('; ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
