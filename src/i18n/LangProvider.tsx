import type { ReactNode } from 'react';
import { useAddress } from '../state/useUrl';
import { ENGLISH, I18nProvider } from './I18n';

/** The catalog for the language the address asks for. */
export function LangProvider({ children }: { children: ReactNode }) {
  useAddress();
  return <I18nProvider value={ENGLISH}>{children}</I18nProvider>;
}
