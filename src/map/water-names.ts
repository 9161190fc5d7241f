/**
 * Where the rivers' and lakes' names go, once the basemap file that carries them has loaded: the
 * basemap sets them, the names layer reads them.
 */
export type WaterId = 'baikal' | 'lena' | 'angara' | 'yenisei' | 'ob' | 'dnipro';
export type WaterName = { id: WaterId; lat: number; lon: number };

let names: WaterName[] = [];
const listeners = new Set<() => void>();

export function setWaterNames(next: WaterName[]) {
  names = next;
  for (const l of listeners) l();
}

export const getWaterNames = () => names;

export function subscribeWaterNames(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
