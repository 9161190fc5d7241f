/**
 * Where each language's catalog comes from. English is bundled with the app; every other
 * language is a chunk of its own, fetched only when a reader asks for it.
 */
import type { Lang } from './langs';
import { en, type Messages } from './messages/en';

const loaders: Record<Lang, () => Promise<Messages>> = {
  en: async () => en,
};

export function loadMessages(lang: Lang): Promise<Messages> {
  return loaders[lang]();
}
