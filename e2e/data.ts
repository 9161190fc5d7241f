/** The validated dataset, read in Node the way the build reads it, for the browser tests to check against. */
import { readRawData as loadRaw } from '../src/data/read-data';
import { validate } from '../src/data/validate';
import type { AreaId } from '../src/geo/area-ids';

const result = validate(loadRaw());
if (!result.ok) throw new Error(result.errors.join('\n'));

export const { areas, deposits, statements, article } = result.dataset;

export function getDeposit(id: string) {
  return deposits.find((d) => d.id === id);
}

export function statementsFor(areaId: AreaId) {
  return statements.filter((s) => s.areaIds.includes(areaId));
}
