import { useEffect, useState, type ReactNode } from 'react';
import { useAddress } from '../state/useUrl';
import { loadLanguage, loadLanguageWhole } from './catalogs';
import { I18nProvider, type I18n } from './I18n';
import type { Lang } from './langs';

type LangProviderProps = {
  /** The language the app starts in, already loaded. */
  initial: I18n;
  /** The language where the address names none: the page's own (/uk/, /ru/), else the browser's, else English. */
  fallback: Lang;
  children: ReactNode;
};

/**
 * The language the address asks for (`?lang=`), or the fallback. Another language is fetched on
 * demand; until it arrives the page stays as it is, so the selection and the map never reset.
 */
export function LangProvider({ initial, fallback, children }: LangProviderProps) {
  const { url } = useAddress();
  const wanted = url.lang ?? fallback;
  const [current, setCurrent] = useState(initial);
  const overview = url.selection.kind === 'overview';

  useEffect(() => {
    if (wanted === current.lang) return;
    let live = true;
    // Beyond the overview the panel shows a record's notes: their translations come with the language.
    (overview ? loadLanguage : loadLanguageWhole)(wanted).then(
      (next) => live && setCurrent(next),
      // A language that cannot be fetched leaves the page in the one it has.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, current.lang, overview]);

  useEffect(() => {
    document.documentElement.lang = current.lang;
    document.title = current.t.page.title;
  }, [current]);

  return <I18nProvider value={current}>{children}</I18nProvider>;
}
