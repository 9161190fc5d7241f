/**
 * The only code that reads `location` or writes `history`. The address is parsed once per
 * navigation into an `AppUrl` (see url.ts); components read it with `useAddress()` and build links
 * with its `href`/`absolute`. `change` counts the reader's selections (clicks, links, Back and
 * Forward): it is the one signal that something new was selected, which the panel's focus, the
 * live region, the host page's messages and the map's fitting all react to through `useOnSelect`.
 */
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { getDeposit, getStatement, hasEvent } from '../data/dataset';
import type { Lang } from '../i18n/langs';
import {
  formatUrl,
  parseUrl,
  sameSelection,
  type AppUrl,
  type Known,
  type Notice,
  type ParsedUrl,
  type Selection,
} from './url';

/** Performance mark set when the reader selects something; the panel measures from it to its next frame. */
export const SELECT_MARK = 'select';
export const SELECT_MEASURE = 'select-to-panel';

const KNOWN: Known = {
  deposit: (id) => getDeposit(id) !== undefined,
  statement: (id) => getStatement(id) !== undefined,
  event: hasEvent,
};

export function parseAddress(search: string): ParsedUrl {
  return parseUrl(search, KNOWN);
}

export type Address = {
  url: AppUrl;
  notice: Notice | null;
  /** How many selections the reader has made since the page loaded (0 at first). */
  change: number;
  select: (next: Selection) => void;
  /** Shows the interface in another language, keeping the selection and the map as they are. */
  setLang: (lang: Lang) => void;
  /** A link within the app: the query for `url` ('?' for the plain overview). */
  href: (url: AppUrl) => string;
  /** An absolute address of the app, e.g. for citations and the full map. */
  absolute: (url: AppUrl) => string;
  /** The app's own address without query or hash. */
  appAddress: string;
  /** The path from this page to the app's root folder, for files served there (e.g. downloads): '' or '../'. */
  root: string;
  /** The address's fragment, decoded, without '#': an id in the page a link points to, or ''. */
  fragment: string;
};

type State = ParsedUrl & { change: number; fragment: string };

/** The page's fragment; '' where it is not valid percent-encoding. */
function currentFragment() {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The address the page was opened with, for the code that starts the app. */
export function initialAddress(): ParsedUrl {
  return parseAddress(window.location.search);
}

/** Loads the page again, as it is (to retry what failed to load). */
export function reloadPage() {
  window.location.reload();
}

const AddressContext = createContext<Address | null>(null);

function hrefFor(url: AppUrl) {
  return formatUrl(url) || '?';
}

/** Where no browser is (the prerendered page): a fixed address that selects nothing. */
export function StaticAddress({
  search,
  appAddress,
  root,
  children,
}: {
  search: string;
  appAddress: string;
  root: string;
  children: ReactNode;
}) {
  const value = useMemo<Address>(() => {
    const { url, notice } = parseAddress(search);
    return {
      url,
      notice,
      change: 0,
      select: () => {},
      setLang: () => {},
      href: hrefFor,
      absolute: (u) => `${appAddress}${formatUrl(u)}`,
      appAddress,
      root,
      fragment: '',
    };
  }, [search, appAddress, root]);
  return createElement(AddressContext.Provider, { value }, children);
}

/** The browser's address, followed through the reader's selections and Back and Forward. */
export function BrowserAddress({ root, children }: { root: string; children: ReactNode }) {
  const [state, setState] = useState<State>(() => ({
    ...parseAddress(window.location.search),
    change: 0,
    fragment: currentFragment(),
  }));
  useEffect(() => {
    function onPopState() {
      setState((s) => ({ ...parseAddress(window.location.search), change: s.change + 1, fragment: currentFragment() }));
    }
    function onHashChange() {
      setState((s) => ({ ...s, fragment: currentFragment() }));
    }
    window.addEventListener('popstate', onPopState);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  const select = useCallback((next: Selection) => {
    const current = parseAddress(window.location.search);
    if (sameSelection(current.url.selection, next) && !current.notice) return;
    performance.mark(SELECT_MARK);
    const { pathname, hash } = window.location;
    const url = { ...current.url, selection: next };
    window.history.pushState(null, '', `${pathname}${formatUrl(url)}${hash}`);
    setState((s) => ({ ...s, url, notice: null, change: s.change + 1 }));
  }, []);
  const setLang = useCallback((lang: Lang) => {
    const current = parseAddress(window.location.search);
    const { pathname, hash } = window.location;
    const url = { ...current.url, lang };
    // Replaced, not pushed: Back should leave the page, not switch the language back.
    window.history.replaceState(window.history.state, '', `${pathname}${formatUrl(url)}${hash}`);
    setState((s) => ({ ...s, url: { ...s.url, lang } }));
  }, []);
  const appAddress = `${window.location.origin}${window.location.pathname}`;
  const value = useMemo<Address>(
    () => ({
      ...state,
      select,
      setLang,
      href: hrefFor,
      absolute: (u) => `${appAddress}${formatUrl(u)}`,
      appAddress,
      root,
    }),
    [state, select, setLang, appAddress, root],
  );
  return createElement(AddressContext.Provider, { value }, children);
}

export function useAddress(): Address {
  const address = useContext(AddressContext);
  if (!address) throw new Error('useAddress: no address provider above this component');
  return address;
}

/**
 * Runs `react(selection, first)` when the component mounts (`first` true) and after each selection
 * the reader makes (`first` false).
 */
export function useOnSelect(react: (selection: Selection, first: boolean) => void) {
  const { url, change } = useAddress();
  const latest = useRef({ react, selection: url.selection });
  useEffect(() => {
    latest.current = { react, selection: url.selection };
  });
  const seen = useRef<number | null>(null);
  // Only a new selection runs it, not a change of language or options.
  useEffect(() => {
    const first = seen.current === null;
    seen.current = change;
    latest.current.react(latest.current.selection, first);
  }, [change]);
}
