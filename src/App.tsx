import type { Map as LeafletMap } from 'leaflet';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Credits } from './Credits';
import { EmbedBar } from './embed/EmbedBar';
import { OPTIONS } from './embed/useEmbedOptions';
import { HatchPattern } from './map/Legend';
import { Announcer } from './panel/Announcer';
import { KeyboardHelp } from './panel/KeyboardHelp';
import { LazyFailed } from './panel/LazyFailed';
import { Panel } from './panel/Panel';
import { SelectLink } from './panel/SelectLink';
import { useEscapeToOverview } from './state/useEscapeToOverview';
import { useTheme } from './state/useTheme';
import { useSelection } from './state/useSelection';

const EmbedDialog = lazy(() => import('./embed/EmbedDialog'));
/**
 * The map (and Leaflet) load after the panel has rendered: the text a reader came for is on screen
 * first, and the browser is not blocked evaluating the map library before it can show it.
 */
const MapView = lazy(() => import('./map/MapView').then((m) => ({ default: m.MapView })));
const HostMessages = lazy(() => import('./embed/HostMessages'));


export function App() {
  const [{ selection, notice }, select] = useSelection();
  const [panelOpen, setPanelOpen] = useState(OPTIONS.panelOpen);
  const [embedDialog, setEmbedDialog] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const togglePanel = useCallback(() => setPanelOpen((open) => !open), []);
  useEscapeToOverview(selection, select, !embedDialog);

  useTheme(OPTIONS.theme);

  const classes = [
    'app',
    OPTIONS.embed && 'app--embed',
    OPTIONS.autoHeight && 'app--auto-height',
    !panelOpen && 'app--panel-closed',
  ].filter(Boolean);

  return (
    <div className={classes.join(' ')}>
      <HatchPattern />
      <SelectLink className="skip-link" selection={{ kind: 'list' }} onSelect={select}>
        Skip the map: read the areas and deposits as a list
      </SelectLink>
      {OPTIONS.embed ? (
        <EmbedBar panelOpen={panelOpen} onTogglePanel={togglePanel} />
      ) : (
        <header className="masthead">
          <h1>Russia’s rare-earth offer: the regions, the deposits, and what was said</h1>
          <div className="masthead-actions">
            <KeyboardHelp />
            <button type="button" className="embed-open" onClick={() => setEmbedDialog(true)}>
              Embed this map
            </button>
          </div>
        </header>
      )}
      <Suspense fallback={<div className="map-wrap" />}>
        <MapView selection={selection} onSelect={select} options={OPTIONS} onMap={setMap} />
      </Suspense>
      {panelOpen && <Panel selection={selection} notice={notice} onSelect={select} />}
      <Credits compact={OPTIONS.embed} />
      <Announcer selection={selection} />
      {OPTIONS.embed && (
        <Suspense fallback={null}>
          <HostMessages selection={selection} />
        </Suspense>
      )}
      {embedDialog && (
        <LazyFailed what="the embed dialog">
          <Suspense fallback={null}>
            <EmbedDialog selection={selection} map={map} onClose={() => setEmbedDialog(false)} />
          </Suspense>
        </LazyFailed>
      )}
    </div>
  );
}
