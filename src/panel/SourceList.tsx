import type { CitedSource, Source } from '../data/schema';
import { useT } from '../i18n/I18n';

export function SourceLink({ source }: { source: Pick<Source, 'title' | 'url'> }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}

/** A record's sources, each with its kind where the data gives one. `label` defaults to "Sources". */
export function SourceList({ sources, label }: { sources: (Source | CitedSource)[]; label?: string }) {
  const t = useT();
  return (
    <div className="sources">
      <p className="sources-label">{label ?? t.sources.label}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            {'kind' in s && <span className="source-kind">{t.sourceKind[s.kind]}: </span>}
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
