import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { LangProvider } from './i18n/LangProvider';
import { BrowserAddress, parseAddress } from './state/useUrl';
// Leaflet's styles first, so that ours, which override some of them, come later in the cascade.
import 'leaflet/dist/leaflet.css';
import './styles.css';

const root = document.getElementById('root')!;
const app = (
  <BrowserAddress>
    <LangProvider>
      <App />
    </LangProvider>
  </BrowserAddress>
);

/**
 * The page holds the app's first view of the overview, prerendered. Where the address asks for
 * exactly that, React hydrates it (the first paint stays); for anything else (a selection, an
 * embed) it renders afresh in the same place.
 */
function prerenderedMatches(): boolean {
  if (root.dataset.prerendered === undefined) return false;
  const { url, notice } = parseAddress(window.location.search);
  return url.selection.kind === 'overview' && !notice && !url.embed && !url.autoHeight && url.panelOpen;
}

if (prerenderedMatches()) hydrateRoot(root, app);
else {
  // A transition lets React render the first view in short slices, so the page stays responsive
  // while the prerendered overview is replaced.
  startTransition(() => createRoot(root).render(app));
}
