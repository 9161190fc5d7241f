import { parseEmbedOptions, type EmbedOptions } from './options';

/** Read once at start: a frame's options do not change while the reader navigates. */
export const OPTIONS: EmbedOptions =
  typeof window === 'undefined' ? parseEmbedOptions('') : parseEmbedOptions(window.location.search);

/** The full app's URL for the current address: embed-only options dropped, selection and view kept. */
export function fullMapUrl(): string {
  const url = new URL(window.location.href);
  for (const key of ['embed', 'height', 'panel']) url.searchParams.delete(key);
  return url.toString().replace(/\?$/, '');
}
