/** Reads and checks data/i18n/<lang>.json for the build scripts (Node only); see src/i18n/data-text.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/data/schema';
import { checkTranslations, type DataText } from '../src/i18n/data-text';
import { LANGS } from '../src/i18n/langs';

export type Checked = { folder: boolean; errors: string[]; texts: Map<string, DataText> };

/** Every language's translations of the data under `root`; none (and no errors) where data/i18n/ is absent. */
export function readTranslations(root: string, data: Dataset): Checked {
  const folder = existsSync(join(root, 'data/i18n'));
  const errors: string[] = [];
  const texts = new Map<string, DataText>();
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    if (!folder) {
      texts.set(lang, {});
      continue;
    }
    const file = `data/i18n/${lang}.json`;
    let raw: unknown = null;
    try {
      raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (e) {
      errors.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    const result = checkTranslations(lang, file, raw, data);
    errors.push(...result.errors);
    texts.set(lang, result.text);
  }
  return { folder, errors, texts };
}
