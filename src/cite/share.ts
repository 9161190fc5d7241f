import type { Lang } from '../i18n/langs';
import type { Address } from '../state/useUrl';

export type Shareable = { kind: 'area' | 'deposit' | 'statement'; id: string };

/**
 * A record's share page (written by the build, scripts/prerender.mjs): its own title, description
 * and preview picture for link previews, then straight on to the app on the record.
 */
export function shareAddress(address: Pick<Address, 'root' | 'appAddress'>, lang: Lang, item: Shareable): string {
  const folder = lang === 'en' ? '' : `${lang}/`;
  return new URL(`${address.root}${folder}share/${item.kind}/${encodeURIComponent(item.id)}/`, address.appAddress).href;
}

export function isShareable(selection: { kind: string; id?: unknown }): selection is Shareable {
  return (
    (selection.kind === 'area' || selection.kind === 'deposit' || selection.kind === 'statement') &&
    typeof selection.id === 'string'
  );
}
