import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, embedBar } from './App';
import { loadLanguage, loadLanguageWhole } from './i18n/catalogs';
import type { I18n } from './i18n/I18n';
import { browserLang, DEFAULT_LANG, isLang } from './i18n/langs';
import { LangProvider } from './i18n/LangProvider';
import { BrowserAddress, initialAddress } from './state/useUrl';
// Leaflet's styles first, so that ours, which override some of them, come later in the cascade.
import 'leaflet/dist/leaflet.css';
import './styles.css';

const root = document.getElementById('root')!;
const { url, notice } = initialAddress();
/** The language the page was built in: the root page is English, /uk/ and /ru/ their own. */
const pageLang = isLang(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LANG;
/**
 * Where the address names no language: a language page keeps its own; the root page follows the
 * reader's browser (never stored), else English.
 */
const fallback = root.dataset.langPage !== undefined ? pageLang : (browserLang(navigator.languages) ?? DEFAULT_LANG);
const lang = url.lang ?? fallback;

/**
 * The page holds the app's first view of the overview, prerendered in the page's language. Where
 * the address asks for exactly that, React hydrates it (the first paint stays); for anything else
 * (a selection, an embed, another language) it renders afresh in the same place.
 */
const prerenderedMatches =
  root.dataset.prerendered !== undefined &&
  lang === pageLang &&
  url.selection.kind === 'overview' &&
  !notice &&
  !url.embed &&
  !url.autoHeight &&
  url.panelOpen;

function start(initial: I18n) {
  const app = (
    <BrowserAddress root={root.dataset.root ?? ''}>
      <LangProvider initial={initial} fallback={fallback}>
        <App />
      </LangProvider>
    </BrowserAddress>
  );
  // Where React hydrates, the page is already in this language.
  document.documentElement.lang = lang;
  // A transition lets React hydrate (or replace) the prerendered view in short slices, so the page
  // stays responsive as it starts: outside one, hydration runs as a single long task.
  startTransition(() => {
    if (prerenderedMatches) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}

/**
 * Started in a task of its own. The first view makes no Intl object (src/vocab/numbers): the first
 * one a page makes loads its locale's data in one long task.
 */
function ready(initial: I18n) {
  embedReady.then(() => setTimeout(() => start(initial)));
}

/** An embed's title bar is fetched beside the language, so that the embed's first render has it. */
const embedReady = url.embed ? embedBar.preload().catch(() => {}) : Promise.resolve();

// The page's language is fetched first (its chunks are preloaded by the page); a link to anything but
// the overview shows a record's notes at once, so their translations come with it. A language that
// cannot be fetched gives English.
(url.selection.kind === 'overview' ? loadLanguage : loadLanguageWhole)(lang).then(ready, () =>
  loadLanguage(DEFAULT_LANG).then(ready),
);
