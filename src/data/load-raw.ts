/** Reads data/ as the build does, for tests. */
import { readFileSync } from 'node:fs';
import { FILES, type RawData } from './validate';

export function loadRaw(root = '.'): RawData {
  const json = (f: string) => JSON.parse(readFileSync(`${root}/${f}`, 'utf8')) as unknown;
  return {
    areas: json(FILES.areas),
    deposits: json(FILES.deposits),
    statements: json(FILES.statements),
    article: json(FILES.article),
    articleText: readFileSync(`${root}/${FILES.articleText}`, 'utf8'),
  };
}
