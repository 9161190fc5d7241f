import './embed-bar.css';
import { useT } from '../i18n/I18n';
import { fullMapUrl } from '../state/url';
import { useAddress } from '../state/useUrl';

type EmbedBarProps = { panelOpen: boolean; onTogglePanel: () => void };

/** The embed's title line: the map's name, the full map, fullscreen where the host allows it, and the panel toggle. */
export function EmbedBar({ panelOpen, onTogglePanel }: EmbedBarProps) {
  const t = useT();
  const address = useAddress();
  const href = address.absolute(fullMapUrl(address.url));
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled;
  return (
    <header className="masthead masthead--embed">
      <p className="embed-title">
        <span className="label-long">{t.site.embedTitle}</span>
        <span className="label-short">{t.site.embedTitleShort}</span>
        <span className="label-tiny">{t.site.embedTitleTiny}</span>
      </p>
      <div className="embed-actions">
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls={panelOpen ? 'panel' : undefined}
          onClick={onTogglePanel}
        >
          <span className="label-long">{panelOpen ? t.embed.hideDetails : t.embed.showDetails}</span>
          <span className="label-short">{t.embed.details}</span>
        </button>
        {canFullscreen && (
          <button
            type="button"
            className="fullscreen-button"
            onClick={() =>
              document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()
            }
            aria-label={t.embed.fullscreen}
          >
            <span aria-hidden="true">⤢</span>
          </button>
        )}
        <a className="open-full" href={href} target="_blank" rel="noopener">
          <span className="label-long">{t.embed.openFull}</span>
          <span className="label-short open-full-text">{t.embed.fullMap}</span> <span aria-hidden="true">↗</span>
        </a>
      </div>
    </header>
  );
}
