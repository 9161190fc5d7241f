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
          <span className="label-long">{panelOpen ? 'Hide details' : 'Show details'}</span>
          <span className="label-short">Details</span>
        </button>
        {canFullscreen && (
          <button
            type="button"
            className="fullscreen-button"
            onClick={() =>
              document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()
            }
            aria-label="Fullscreen"
          >
            <span aria-hidden="true">⤢</span>
          </button>
        )}
        <a className="open-full" href={href} target="_blank" rel="noopener">
          <span className="label-long">Open the full map</span>
          <span className="label-short">Full map</span> <span aria-hidden="true">↗</span>
        </a>
      </div>
    </header>
  );
}
