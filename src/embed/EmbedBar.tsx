import { useEffect, useState } from 'react';
import type { Selection } from '../state/selection';
import { fullMapUrl } from './useEmbedOptions';

type EmbedBarProps = { selection: Selection; panelOpen: boolean; onTogglePanel: () => void };

/** The embed's title line: the map's name, the full map, fullscreen where the host allows it, and the panel toggle. */
export function EmbedBar({ selection, panelOpen, onTogglePanel }: EmbedBarProps) {
  const [href, setHref] = useState(fullMapUrl);
  useEffect(() => setHref(fullMapUrl()), [selection]);
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled;
  return (
    <header className="masthead masthead--embed">
      <p className="embed-title">Russia’s rare-earth offer: regions, deposits, statements</p>
      <div className="embed-actions">
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls="panel" onClick={onTogglePanel}>
          {panelOpen ? 'Hide details' : 'Show details'}
        </button>
        {canFullscreen && (
          <button
            type="button"
            className="fullscreen-button"
            onClick={() =>
              document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()
            }
          >
            Fullscreen
          </button>
        )}
        <a className="open-full" href={href} target="_blank" rel="noopener">
          Open the full map
        </a>
      </div>
    </header>
  );
}
