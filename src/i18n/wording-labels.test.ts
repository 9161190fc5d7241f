import { describe, expect, it } from 'vitest';
import { readTranslations } from '../../scripts/translations';
import { readRawData } from '../data/read-data';
import { validate } from '../data/validate';
import { keyOf } from './data-text';
import { LANGS, type Lang } from './langs';

const result = validate(readRawData('.'));
if (!result.ok) throw new Error(result.errors.join('\n'));
const data = result.dataset;
const { texts } = readTranslations('.', data);

/** How each language names each wording language, as a word stem. */
const NAMES: Record<Lang, Record<Lang, RegExp>> = {
  en: { en: /English/g, ru: /Russian/g, uk: /Ukrainian/g },
  uk: { en: /англійськ/gi, ru: /російськ/gi, uk: /українськ/gi },
  ru: { en: /английск/gi, ru: /русск/gi, uk: /украинск/gi },
};

/**
 * A wording's caption is its label alone, so the label must say the wording's language: the
 * interface adds no "(English)" of its own (it once did, and read "англійською (англійською)").
 */
describe.each(LANGS)('every wording label in %s', (lang) => {
  it('names the language of its wording', () => {
    const text = texts.get(lang);
    for (const s of data.statements)
      s.versions.forEach((v, i) => {
        const label =
          lang === 'en' ? v.label : text?.[keyOf({ kind: 'statements', id: s.id, field: `versions.${i}.label` })];
        expect(label, `${s.id} versions.${i}`).toBeTruthy();
        expect(
          label!.match(NAMES[lang][v.lang])?.length ?? 0,
          `${lang} ${s.id} versions.${i}: ${label}`,
        ).toBeGreaterThan(0);
      });
  });
});
