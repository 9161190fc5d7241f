import { useMemo } from 'react';
import { collectSources } from '../cite/sources';
import { areas, article } from '../data/dataset';
import type { Deposit, Statement, TimelineEvent } from '../data/schema';
import { useT } from '../i18n/I18n';
import { sourcesView } from '../i18n/messages/sources-view';
import { useSection } from '../i18n/sections';
import { LoadFailed } from '../ui/LoadFailed';
import { useDepositRecords, useStatementRecords, useTimeline } from './useDepositRecord';

/** Every source the map uses, grouped by kind, with what each one supports. Loaded on demand. */
export default function SourcesView() {
  const t = useT();
  const [deposits, retryDeposits] = useDepositRecords();
  const [statements, retryStatements] = useStatementRecords();
  const [timeline, retryTimeline] = useTimeline();
  if (deposits.status === 'error') return <LoadFailed what={t.load.depositRecords} onRetry={retryDeposits} />;
  if (statements.status === 'error') return <LoadFailed what={t.card.statements} onRetry={retryStatements} />;
  if (timeline.status === 'error') return <LoadFailed what={t.load.timeline} onRetry={retryTimeline} />;
  if (deposits.status !== 'ready' || statements.status !== 'ready' || timeline.status !== 'ready')
    return <p className="note">{t.load.loadingSources}</p>;
  return <Groups deposits={deposits.value} statements={statements.value} timeline={timeline.value} />;
}

function Groups({
  deposits,
  statements,
  timeline,
}: {
  deposits: Deposit[];
  statements: Statement[];
  timeline: TimelineEvent[];
}) {
  const t = useSection(sourcesView);
  const groups = useMemo(
    () => collectSources({ article, areas, deposits, statements, timeline }),
    [deposits, statements, timeline],
  );
  return (
    <>
      <p>{t.intro}</p>
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
                <span className="muted">{t.supports(e.supports.join('; '))}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
