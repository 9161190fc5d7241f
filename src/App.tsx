import type { Map as LeafletMap } from 'leaflet';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Credits } from './Credits';
import { EmbedBar } from './embed/EmbedBar';
import { OPTIONS } from './embed/useEmbedOptions';
import { HatchPattern } from './map/Legend';
import { MapView } from './map/MapView';
import { Announcer } from './panel/Announcer';
import { KeyboardHelp } from './panel/KeyboardHelp';
import { LazyFailed } from './panel/LazyFailed';
import { Panel } from './panel/Panel';
import { SelectLink } from './panel/SelectLink';
import { useEscapeToOverview } from './state/useEscapeToOverview';
import { useSelection } from './state/useSelection';

const EmbedDialog = lazy(() => import('./embed/EmbedDialog'));
const HostMessages = lazy(() => import('./embed/HostMessages'));

const THEME_CLASS = { light: '', dark: 'theme-dark', auto: 'theme-auto' } as const;

export function App() {
  const [{ selection, notice }, select] = useSelection();
  const [panelOpen, setPanelOpen] = useState(OPTIONS.panelOpen);
  const [embedDialog, setEmbedDialog] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const togglePanel = useCallback(() => setPanelOpen((open) => !open), []);
  useEscapeToOverview(selection, select, !embedDialog);

  useEffect(() => {
    const theme = THEME_CLASS[OPTIONS.theme];
    if (theme) document.documentElement.classList.add(theme);
  }, []);

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
      <MapView selection={selection} onSelect={select} options={OPTIONS} onMap={setMap} />
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
