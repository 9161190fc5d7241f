import type { CitedSource, Source } from '../data/schema';

const KIND_LABELS: Record<CitedSource['kind'], string> = {
  article: 'The article',
  wire: 'Wire',
  primary: 'Primary',
  mirror: 'Mirror of a primary or wire text',
  geological: 'Geological',
  report: 'Report',
};

export function SourceLink({ source }: { source: Pick<Source, 'title' | 'url'> }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}

export function SourceList({ sources, label = 'Sources' }: { sources: (Source | CitedSource)[]; label?: string }) {
  return (
    <div className="sources">
      <p className="sources-label">{label}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            {'kind' in s && <span className="source-kind">{KIND_LABELS[s.kind]}: </span>}
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
