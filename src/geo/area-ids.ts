/**
 * The six areas the article names, in the order the panel lists them.
 * Each maps to the Natural Earth admin-1 regions (by ISO 3166-2 code) it is drawn from.
 */
export const AREA_IDS = ['murmansk', 'kabardino-balkaria', 'irkutsk', 'sakha', 'tuva', 'occupied-ukraine'] as const;

export type AreaId = (typeof AREA_IDS)[number];

export const AREA_PARTS: Record<AreaId, readonly string[]> = {
  murmansk: ['RU-MUR'],
  'kabardino-balkaria': ['RU-KB'],
  irkutsk: ['RU-IRK'],
  sakha: ['RU-SA'],
  tuva: ['RU-TY'],
  'occupied-ukraine': ['UA-43', 'UA-40', 'UA-14', 'UA-09', 'UA-23', 'UA-65'],
};

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
