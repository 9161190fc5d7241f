import { useMemo } from 'react';
import { collectSources, type SupportNames } from '../cite/sources';
import { archiveUrl } from '../data/archive';
import { areas, article } from '../data/dataset';
import type { Deposit, Statement, TimelineEvent } from '../data/schema';
import { useI18nDetails, useT } from '../i18n/I18n';
import { depositName, localBrief, localEvent, localStatement } from '../i18n/localize';
import { sourcesView } from '../i18n/messages/sources-view';
import { useSection } from '../i18n/sections';
import { LoadFailed } from '../ui/LoadFailed';
import { CopyNote, SourceLink } from './SourceList';
import { useDepositRecords, useStatementRecords, useTimeline } from './useDepositRecord';

/**
 * Every source the map uses, grouped by kind, originals before copies, each with its archived copy
 * and what it supports. Loaded on demand.
 */
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
  return <SourceIndex deposits={deposits.value} statements={statements.value} timeline={timeline.value} />;
}

/** The index itself, from the records; the text version without JavaScript renders it too. */
export function SourceIndex({
  deposits,
  statements,
  timeline,
}: {
  deposits: Deposit[];
  statements: Statement[];
  timeline: TimelineEvent[];
}) {
  const t = useSection(sourcesView);
  const i18n = useI18nDetails();
  const c = i18n.t.sources;
  const groups = useMemo(() => {
    const n = t.names;
    const names: SupportNames = {
      article: n.article,
      lineage: n.lineage,
      statement: (s) => n.statement(localBrief(i18n, s).title),
      wording: (s, label) => {
        const local = localStatement(i18n, s);
        return n.wording(local.title, local.versions[s.versions.findIndex((v) => v.label === label)]?.label ?? label);
      },
      deposit: (d, what) => `${depositName(i18n, d)}: ${n.field[what]}`,
      event: (e) => n.event(localEvent(i18n, e).title),
    };
    return collectSources({ article, areas, deposits, statements, timeline }, names);
  }, [deposits, statements, timeline, i18n, t]);
  const copies = groups.reduce((n, g) => n + g.entries.filter((e) => e.origin === 'copy').length, 0);
  return (
    <>
      <p>{t.intro}</p>
      {copies > 0 && <p className="sources-unconfirmed">{t.unconfirmed(copies)}</p>}
      {groups.map((g) => (
        <section key={g.group} aria-labelledby={`sources-${g.group}`}>
          <h3 id={`sources-${g.group}`}>
            {t.sourceGroup[g.group]} ({g.entries.length})
          </h3>
          <ul className="source-index">
            {g.entries.map((e) => (
              <li key={e.url} data-origin={e.origin}>
                <SourceLink source={e} />
                {e.origin === 'copy' && <CopyNote copyOf={e.copyOf} />}
                <span className="source-archive">
                  {' · '}
                  <a href={archiveUrl(e.url)} target="_blank" rel="noopener noreferrer">
                    {c.archived}
                  </a>
                </span>
                <span className="muted">{t.supports(e.supports.join('; '))}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
