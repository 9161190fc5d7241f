import { archiveUrl } from '../data/archive';
import type { CitedSource, Source } from '../data/schema';
import { useT } from '../i18n/I18n';

export function SourceLink({ source }: { source: Pick<Source, 'title' | 'url'> }) {
  return (
    // Source titles are written in English (a source's own title, or our description of it).
    <a href={source.url} target="_blank" rel="noopener noreferrer" lang="en">
      {source.title}
    </a>
  );
}

/** "(copy of IANS)" after a copy's link: whose text it carries, named as the data names it (in English). */
export function CopyNote({ copyOf }: { copyOf?: string }) {
  const t = useT();
  return (
    <span className="source-copy">
      {' ('}
      {copyOf ? (
        <>
          {t.sources.copy} <span lang="en">{copyOf}</span>
        </>
      ) : (
        t.sources.copyPlain
      )}
      )
    </span>
  );
}

/**
 * A record's sources in the data's order (originals and wires before copies, which the build
 * checks), each with its kind where the data gives one, "copy of …" where it carries another's
 * text, and its archived copy on the Wayback Machine. `label` defaults to "Sources".
 */
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
            {s.origin === 'copy' && <CopyNote copyOf={s.copyOf} />}
            <span className="source-archive">
              {' · '}
              <a href={archiveUrl(s.url)} target="_blank" rel="noopener noreferrer">
                {t.sources.archived}
              </a>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
