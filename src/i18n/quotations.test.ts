/**
 * A Ukrainian or Russian note that puts words in quotation marks quotes them as a source gives them:
 * never a translation back from English. Every passage in «…» or “…” in the translations of the
 * data (and in the figures view's own notes) must be found, word for word, in the texts of the
 * record it belongs to: its quoted wordings and quotes, the article, and the English note it
 * translates (which quotes its sources and was checked against them). Only the names listed below
 * (organisations, media, and two scare-quoted words) may stand in quotation marks without being
 * found there. A passage cut with "…" is looked for piece by piece.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRawData } from '../data/read-data';
import { validate } from '../data/validate';
import { figuresView } from '../figures/view-messages';
import { quotations } from '../vocab/quoted';

const result = validate(readRawData('.'));
if (!result.ok) throw new Error(result.errors.join('\n'));
const data = result.dataset;
const articleText = readFileSync('data/article.txt', 'utf8');
const figuresText = readFileSync('data/figures.json', 'utf8');

/** Names written in quotation marks as Ukrainian and Russian texts write names, and the votes «за» and «проти». */
const NAMES = new Set(
  [
    // Ukrainian
    'ЄвроХім Інтерфакс Інтерфакс-Україна Апатит Аркмінерал-Ресурс Ведомостей Ельбрусметал Желєзний Известия',
    'Известиям Норнікелю Росатому Роснафта Роснафти Ростех Ростеху Росія-1 ФосАгро Хортиця ДНР уряду за проти',
    'Росатом_Недра Восток_Інжиніринг Новости_оппозиции Патріоти_України Полярний_літій Полярного_літію',
    'Полярному_літію Союзное_вече Техноінвест_Альянс Українська_правда Українською_правдою',
    // Russian
    'ЕвроХим Интерфакс Интерфакс-Украина Аркминерал-Ресурс Железный Норникеля Росатома Роснефть Ростеха',
    'Россия-1 Хортица Эльбрусметалл против Восток_Инжиниринг Восток_Инжиниринга Патриоты_Украины',
    'Полярного_лития Полярному_литию Полярный_литий Техноинвест_Альянс Украинская_правда Украинской_правды',
    'Россия_сегодня',
  ]
    .join(' ')
    .split(' ')
    .map((n) => n.replaceAll('_', ' ')),
);

/** Lower case, one kind of space, apostrophe and dash, so that typography does not hide a match. */
function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/ё/g, 'е');
}

type Entry = { where: string; lang: 'uk' | 'ru'; text: string; sources: string[] };

/** The texts a record's notes may quote. */
function sourcesOf(kind: string, id: string): string[] {
  if (kind === 'statements') {
    const s = data.statements.find((x) => x.id === id)!;
    return [...s.versions.map((v) => v.text), s.article.text, articleText, JSON.stringify(s)];
  }
  if (kind === 'timeline') {
    const e = data.timeline.find((x) => x.id === id)!;
    return [...e.quotes.map((q) => q.text), JSON.stringify(e)];
  }
  if (kind === 'deposits') return [JSON.stringify(data.deposits.find((x) => x.id === id)!)];
  if (kind === 'article') return [articleText, JSON.stringify(data.article)];
  return [];
}

function entries(): Entry[] {
  const out: Entry[] = [];
  for (const lang of ['uk', 'ru'] as const) {
    const file = JSON.parse(readFileSync(`data/i18n/${lang}.json`, 'utf8')) as Record<
      string,
      Record<string, Record<string, Record<string, string>>>
    >;
    for (const [kind, records] of Object.entries(file)) {
      if (kind === '$comment') continue;
      for (const [id, fields] of Object.entries(records))
        for (const [field, entry] of Object.entries(fields))
          out.push({
            where: `data/i18n/${lang}.json ${kind}.${id}.${field}`,
            lang,
            text: entry[lang]!,
            sources: [entry.en!, ...sourcesOf(kind, id)],
          });
    }
    const view = figuresView[lang];
    for (const [english, text] of Object.entries(view.text))
      out.push({
        where: `figures view (${lang}): ${english.slice(0, 40)}`,
        lang,
        text,
        sources: [english, figuresText],
      });
    view.why.forEach((text, i) =>
      out.push({ where: `figures view (${lang}): why[${i}]`, lang, text, sources: [figuresText] }),
    );
  }
  return out;
}

/** The quoted passages of an entry that none of its sources holds, and that are not names. */
function unfound({ text, sources }: Entry): string[] {
  const haystack = normal(sources.join('\n'));
  return quotations(text)
    .map((q) => q.text)
    .filter((q) => !NAMES.has(q))
    .filter((q) =>
      q
        .split(/…|\.\.\./)
        .map((piece) => normal(piece).trim())
        .filter((piece) => piece.length > 1)
        .some((piece) => !haystack.includes(piece)),
    );
}

describe('quotations in the Ukrainian and Russian text', () => {
  const all = entries();

  it('reads every translation of the data and of the figures view', () => {
    expect(all.length).toBeGreaterThan(400);
    expect(all.filter((e) => quotations(e.text).length > 0).length).toBeGreaterThan(50);
  });

  it('quotes only what a source of the record says, word for word, besides names', () => {
    const problems = all.flatMap((e) => unfound(e).map((q) => `${e.where}: «${q}»`));
    expect(problems).toEqual([]);
  });

  it('catches a quotation translated back from English', () => {
    const putin = all.find((e) => e.where.endsWith('ru.json statements.putin-foreign-partners.difference'))!;
    expect(unfound(putin)).toEqual([]);
    // The Kremlin's English "have become part of" put back into Russian is not what Putin said.
    const backTranslated = {
      ...putin,
      text: 'Он назвал их территориями, которые «вошли в состав Российской Федерации».',
    };
    expect(unfound(backTranslated)).toEqual(['вошли в состав Российской Федерации']);
  });
});
