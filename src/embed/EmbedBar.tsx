import { fullMapUrl } from './useEmbedOptions';

type EmbedBarProps = { panelOpen: boolean; onTogglePanel: () => void };

/** The embed's title line: the map's name, the full map, fullscreen where the host allows it, and the panel toggle. */
export function EmbedBar({ panelOpen, onTogglePanel }: EmbedBarProps) {
  // Computed on each render: the app re-renders on every selection, which is already in the address.
  const href = fullMapUrl();
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled;
  return (
    <header className="masthead masthead--embed">
      <p className="embed-title">Russia’s rare-earth offer: regions, deposits, statements</p>
      <div className="embed-actions">
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls={panelOpen ? 'panel' : undefined} onClick={onTogglePanel}>
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
