/** Lookups over the validated dataset, built once at start-up. */
import { feature } from 'topojson-client';
import type { AreaId } from '../geo/area-ids';
import { dataset } from './dataset.gen';
import type { Area, Deposit, DepositSummary, Statement } from './schema';

export const { article, deposits, statements } = dataset;

/** The areas with their shapes, decoded from the first view's TopoJSON. */
export const areas: Area[] = (() => {
  const shapes = feature(dataset.areaShapes, dataset.areaShapes.objects.areas);
  return dataset.areas.map((meta, i) => ({
    ...meta,
    type: 'Feature' as const,
    geometry: shapes.features[i]!.geometry as Area['geometry'],
  }));
})();

const areaById = new Map<string, Area>(areas.map((a) => [a.id, a]));
const depositById = new Map<string, DepositSummary>(deposits.map((d) => [d.id, d]));

export function getArea(id: string): Area | undefined {
  return areaById.get(id);
}

export function getDeposit(id: string): DepositSummary | undefined {
  return depositById.get(id);
}

/** Deposits whose record names the area; those outside every area are returned for `null`. */
export function depositsIn(areaId: AreaId | null): DepositSummary[] {
  return deposits.filter((d) => d.areaId === areaId);
}

export function statementsFor(areaId: AreaId): Statement[] {
  return statements.filter((s) => s.areaIds.includes(areaId));
}

/** The full record of a deposit, from a chunk of its own that is fetched the first time one is opened. */
export async function loadDepositRecord(id: string): Promise<Deposit> {
  const { records } = await import('./deposit-records.gen');
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`No deposit record "${id}"`);
  return record;
}
