/** Lookups over the validated dataset, built once at start-up. */
import type { AreaId } from '../geo/area-ids';
import { dataset } from './dataset.gen';
import type { Area, Deposit, Statement } from './schema';

export const { article, areas, deposits, statements } = dataset;

const areaById = new Map<string, Area>(areas.map((a) => [a.id, a]));
const depositById = new Map<string, Deposit>(deposits.map((d) => [d.id, d]));
const statementById = new Map<string, Statement>(statements.map((s) => [s.id, s]));

export function getArea(id: string): Area | undefined {
  return areaById.get(id);
}

export function getDeposit(id: string): Deposit | undefined {
  return depositById.get(id);
}

export function getStatement(id: string): Statement | undefined {
  return statementById.get(id);
}

/** Deposits whose record names the area; those outside every area are returned for `null`. */
export function depositsIn(areaId: AreaId | null): Deposit[] {
  return deposits.filter((d) => d.areaId === areaId);
}

export function statementsFor(areaId: AreaId): Statement[] {
  return statements.filter((s) => s.areaIds.includes(areaId));
}
