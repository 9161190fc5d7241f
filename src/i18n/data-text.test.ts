import { describe, expect, it } from 'vitest';
import { readRawData } from '../data/read-data';
import { validate } from '../data/validate';
import { checkTranslations, partOf, translatableText } from './data-text';

const result = validate(readRawData('.'));
if (!result.ok) throw new Error(result.errors.join('\n'));
const data = result.dataset;

/** A complete file for the current data, every field "translated" as its English in capitals. */
function completeFile() {
  const file: Record<string, Record<string, Record<string, Record<string, string>>>> = {};
  for (const { kind, id, field, en } of translatableText(data))
    ((file[kind] ??= {})[id] ??= {})[field] = { en, uk: en.toUpperCase() };
  return file;
}

describe('checkTranslations', () => {
  it('accepts a complete file and maps every field', () => {
    const { errors, text } = checkTranslations('uk', 'uk.json', completeFile(), data);
    expect(errors).toEqual([]);
    expect(text['statements:putin-regions:title']).toBe(
      data.statements.find((s) => s.id === 'putin-regions')!.title.toUpperCase(),
    );
    expect(Object.keys(text)).toHaveLength(translatableText(data).length);
  });

  it('names a missing translation, with the English to translate', () => {
    const file = completeFile();
    delete file.areas!.sakha;
    const { errors } = checkTranslations('uk', 'uk.json', file, data);
    expect(errors).toEqual([
      expect.stringMatching(
        /^uk\.json: areas\.sakha\.name: no uk translation; add .*"en":"Sakha Republic \(Yakutia\)"/,
      ),
    ]);
  });

  it('refuses a translation made from English the data no longer has', () => {
    const file = completeFile();
    file.statements!['peskov-briefing']!.title!.en = 'An older title';
    const { errors } = checkTranslations('uk', 'uk.json', file, data);
    expect(errors).toEqual([expect.stringContaining('statements.peskov-briefing.title: the English has changed')]);
  });

  it('refuses translations of records that do not exist', () => {
    const file = completeFile();
    file.deposits!.atlantis = { name: { en: 'Atlantis', uk: 'Атлантида' } };
    const { errors } = checkTranslations('uk', 'uk.json', file, data);
    expect(errors).toEqual([expect.stringContaining('deposits.atlantis.name: translates nothing')]);
  });

  it('never asks for a quote to be translated: only our own status lines and the captions naming who spoke', () => {
    const fields = translatableText(data).map((x) => x.field);
    const quoteLike = fields.filter((f) => /text|quote/.test(f));
    expect(quoteLike.length).toBeGreaterThan(0);
    for (const f of quoteLike) expect(f).toMatch(/^(status\.text|quotes\.\d+\.speaker)$/);
  });
});

describe('partOf', () => {
  it('sends what the first view shows with the language, and the rest when first needed', () => {
    const first = translatableText(data).filter((k) => partOf(k) === 'first');
    expect(new Set(first.map((k) => `${k.kind}:${k.field.replace(/\d+/, 'N')}`))).toEqual(
      new Set(['areas:name', 'deposits:name', 'statements:title', 'statements:speaker', 'article:summary.N']),
    );
    expect(partOf({ kind: 'statements', id: 'putin-regions', field: 'difference' })).toBe('details');
    expect(partOf({ kind: 'timeline', id: 'x', field: 'title' })).toBe('details');
    expect(partOf({ kind: 'article', id: 'article', field: 'slips.0' })).toBe('details');
  });
});
