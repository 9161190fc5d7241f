/** Selecting timeline events by place. Free of zod, so the app can use it. */
import type { AreaId } from '../geo/area-ids';
import type { COUNTRIES } from './constants';

type Placed = {
  areaIds: readonly string[];
  depositIds: readonly string[];
  countries: readonly string[];
};

export type Place =
  | { areaId: AreaId }
  | { depositId: string }
  | { country: (typeof COUNTRIES)[number] };

/**
 * The events that concern a place, in their order. An event about a deposit does not concern its
 * area unless it names the area too; an event about a country as a whole is found by the country.
 */
export function eventsConcerning<E extends Placed>(events: readonly E[], place: Place): E[] {
  if ('areaId' in place) return events.filter((e) => e.areaIds.includes(place.areaId));
  if ('depositId' in place) return events.filter((e) => e.depositIds.includes(place.depositId));
  return events.filter((e) => e.countries.includes(place.country));
}
