import { useMemo } from 'react';
import { collectSources } from '../cite/sources';
import { areas, article, statements } from '../data/dataset';
import type { Deposit } from '../data/schema';
import { useT } from '../i18n/I18n';
import { LoadFailed } from '../ui/LoadFailed';
import { useDepositRecords } from './useDepositRecord';

/** Every source the map uses, grouped by kind, with what each one supports. Loaded on demand. */
export default function SourcesView() {
  const t = useT();
  const [state, retry] = useDepositRecords();
  if (state.status === 'loading') return <p className="note">{t.load.loadingSources}</p>;
  if (state.status === 'error') return <LoadFailed what={t.load.depositRecords} onRetry={retry} />;
  return <Groups records={state.value} />;
}

function Groups({ records }: { records: Deposit[] }) {
  const t = useT();
  const groups = useMemo(() => collectSources({ article, areas, deposits: records, statements, timeline: [] }), [records]);
  return (
    <>
      <p>{t.sources.intro}</p>
      {groups.map((g) => (
        <section key={g.group} aria-labelledby={`sources-${g.group}`}>
          <h3 id={`sources-${g.group}`}>
            {t.sourceGroup[g.group]} ({g.entries.length})
          </h3>
          <ul className="source-index">
            {g.entries.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title}
                </a>
                <span className="muted">{t.sources.supports(e.supports.join('; '))}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
