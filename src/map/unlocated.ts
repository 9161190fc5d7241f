import { areas, depositsIn } from '../data/dataset';

/**
 * The areas with deposits none of whose locations is published (Tuva): a "?" inside the area stands
 * for them, so that the area is not drawn empty. It marks the area, not a place.
 */
export const unlocatedAreas = areas
  .map((area) => ({ area, items: depositsIn(area.id) }))
  .filter(({ items }) => items.length > 0 && items.every((d) => d.location === null));
