import type { Map as LeafletMap } from 'leaflet';
import { startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import { Credits } from './Credits';
import { useT } from './i18n/I18n';
import { lazyPart, preloadablePart } from './lazy-part';
import { HatchPattern, Legend } from './map/Legend';
import { Panel } from './panel/Panel';
import { useEscapeToOverview } from './state/useEscapeToOverview';
import { Headline } from './Headline';
import { useTheme } from './state/useTheme';
import { useAddress } from './state/useUrl';
import { afterNextPaint } from './ui/after-paint';
import { Announcer } from './ui/Announcer';
import { KeyboardHelp } from './ui/KeyboardHelp';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { LazyFailed } from './ui/LazyFailed';
import { SelectLink } from './ui/SelectLink';

/** An embed's title bar: only embeds need it, and main.tsx fetches it before an embed first renders. */
export const embedBar = preloadablePart(() => import('./embed/EmbedBar').then((m) => ({ default: m.EmbedBar })));
const EmbedBar = embedBar.Part;
const EmbedDialog = lazyPart(() => import('./embed/EmbedDialog'));
const DownloadDialog = lazyPart(() => import('./picture/DownloadDialog'));
/**
 * The map (and Leaflet) load after the panel has rendered: the text a reader came for is on screen
 * first, and the browser is not blocked evaluating the map library before it can show it. Leaflet's
 * chunk is evaluated first, in a task of its own, and the map's code in the next: together they took
 * one long task on a phone.
 */
const mapView = preloadablePart(() =>
  import('leaflet')
    .then(() => new Promise((next) => setTimeout(next)))
    .then(() => import('./map/MapView'))
    .then((m) => ({ default: m.MapView })),
);
const MapView = mapView.Part;
const HostMessages = lazyPart(() => import('./embed/HostMessages'));

export function App() {
  const t = useT();
  const { url, notice, select } = useAddress();
  const { selection } = url;
  const [panelOpen, setPanelOpen] = useState(() => url.panelOpen && !smallFixedEmbed(url));
  const [embedDialog, setEmbedDialog] = useState(false);
  const [downloadDialog, setDownloadDialog] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const togglePanel = useCallback(() => setPanelOpen((open) => !open), []);
  useEscapeToOverview(selection, select, !embedDialog && !downloadDialog);
  useTheme(url.theme);
  const mounted = useMounted();

  const classes = [
    'app',
    url.embed && 'app--embed',
    url.autoHeight && 'app--auto-height',
    !panelOpen && 'app--panel-closed',
  ].filter(Boolean);

  return (
    <div className={classes.join(' ')}>
      <HatchPattern />
      <SelectLink className="skip-link" selection={{ kind: 'list' }} onSelect={select}>
        {t.site.skipToList}
      </SelectLink>
      {url.embed ? (
        <Suspense fallback={null}>
          <EmbedBar panelOpen={panelOpen} onTogglePanel={togglePanel} />
        </Suspense>
      ) : (
        <header className="masthead">
          <Headline />
          <div className="masthead-actions">
            <LanguageSwitch />
            <KeyboardHelp />
            <button type="button" className="embed-open" onClick={() => setEmbedDialog(true)}>
              {t.header.embed}
            </button>
            <button type="button" className="download-open" onClick={() => setDownloadDialog(true)}>
              {t.header.download}
            </button>
          </div>
        </header>
      )}
      {mounted ? (
        <LazyFailed what={t.load.map} t={t} className="map-wrap map-wrap--static">
          <Suspense fallback={<div className="map-wrap" />}>
            <MapView selection={selection} onSelect={select} options={url} onMap={setMap} />
          </Suspense>
        </LazyFailed>
      ) : (
        <div className="map-wrap" />
      )}
      {/* Drawn with the page, before the map's code arrives, so that nothing under it moves when the map does. */}
      <Legend />
      {panelOpen && <Panel selection={selection} notice={notice} onSelect={select} />}
      <Credits compact={url.embed} />
      <Announcer />
      {url.embed && (
        <Suspense fallback={null}>
          <HostMessages />
        </Suspense>
      )}
      {embedDialog && (
        <LazyFailed what={t.load.embedDialog} t={t}>
          <Suspense fallback={null}>
            <EmbedDialog selection={selection} map={map} onClose={() => setEmbedDialog(false)} />
          </Suspense>
        </LazyFailed>
      )}
      {downloadDialog && (
        <LazyFailed what={t.load.downloadDialog} t={t}>
          <Suspense fallback={null}>
            <DownloadDialog selection={selection} map={map} onClose={() => setDownloadDialog(false)} />
          </Suspense>
        </LazyFailed>
      )}
    </div>
  );
}

/**
 * False on the first render, true once mounted, the map's code has arrived (or failed to) and the
 * page has painted: the prerendered page has an empty place for the map, and the first render in
 * the browser must match it for React to hydrate the page. Waiting for the code here rather than in
 * a Suspense boundary draws the map as soon as it arrives, not up to 300 ms later; waiting for a
 * paint starts the map in a task of its own, not in the one that finishes hydrating the page.
 */
function useMounted() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    let cancel: (() => void) | null = null;
    let live = true;
    const ready = () => {
      if (live) cancel = afterNextPaint(() => startTransition(() => setMounted(true)));
    };
    mapView.preload().then(ready, ready);
    return () => {
      live = false;
      cancel?.();
    };
  }, []);
  return mounted;
}

/**
 * A fixed frame of an advert's size (300×250): the map fills it and the panel waits behind
 * "Details". The same size as the small-frame rules in styles.css.
 */
function smallFixedEmbed(url: { embed: boolean; autoHeight: boolean }) {
  return (
    url.embed &&
    !url.autoHeight &&
    typeof matchMedia === 'function' &&
    matchMedia('(max-width: 480px) and (max-height: 400px)').matches
  );
}
