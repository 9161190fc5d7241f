/** What the shipped data must contain, beyond being valid. */
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../geo/area-ids';
import { readRawData as loadRaw } from './read-data';
import { validate } from './validate';

const result = validate(loadRaw());
if (!result.ok) throw new Error(result.errors.join('\n'));
const { areas, deposits, statements, timeline } = result.dataset;

describe('the shipped dataset', () => {
  it('has the six areas, the occupied one made of the six Ukrainian regions', () => {
    expect(areas.map((a) => a.id)).toEqual([...AREA_IDS]);
    const occupied = areas.find((a) => a.id === 'occupied-ukraine')!;
    expect(occupied.properties.parts.map((p) => p.iso).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-40', 'UA-43', 'UA-65']);
    expect(areas.find((a) => a.id === 'sakha')!.properties.parts[0]!.iso).toBe('RU-SA');
  });

  it('has sizes close to the official ones (km²)', () => {
    // Official areas: Sakha 3,083,523; Irkutsk 774,846; Tuva 168,604; Murmansk 144,902; Kabardino-Balkaria 12,470.
    const official = { sakha: 3083523, irkutsk: 774846, tuva: 168604, murmansk: 144902, 'kabardino-balkaria': 12470 };
    for (const [id, km2] of Object.entries(official)) {
      const a = areas.find((x) => x.id === id)!;
      expect(Math.abs(a.properties.areaKm2 - km2) / km2).toBeLessThan(0.03);
    }
  });

  it('has the principal deposits the map is about', () => {
    const ids = deposits.map((d) => d.id);
    for (const id of ['lovozero', 'khibiny', 'afrikanda', 'kovdor', 'tyrnyauz', 'zashikhinskoye', 'beloziminskoye', 'tomtor', 'ulug-tanzek', 'karasug', 'azovske', 'mazurivske', 'novopoltavske', 'kruta-balka', 'shevchenkivske', 'yastrubetske'])
      expect(ids).toContain(id);
  });

  it('says Tyrnyauz is a rare-metal deposit, and marks Shevchenkivske as not occupied in February 2025', () => {
    const tyrnyauz = deposits.find((d) => d.id === 'tyrnyauz')!;
    expect(tyrnyauz.group).toBe('rare-metals');
    const shev = deposits.find((d) => d.id === 'shevchenkivske')!;
    expect(shev.occupation?.occupied).toBe(false);
  });

  it('gives every area at least one statement, and puts every statement somewhere', () => {
    for (const a of areas) expect(statements.some((s) => s.areaIds.includes(a.id))).toBe(true);
    for (const s of statements) expect(s.areaIds.length + s.countries.length).toBeGreaterThan(0);
  });

  it('ties the US–Ukraine deal statements to Ukraine as a whole and to Dobra, not to the regions Russia claims', () => {
    for (const id of ['putin-assessment', 'stefanishyna-post', 'us-fifty-percent-offer']) {
      const s = statements.find((x) => x.id === id)!;
      expect(s.countries).toEqual(['Ukraine']);
      expect(s.depositIds).toContain('dobra');
      expect(s.areaIds).not.toContain('occupied-ukraine');
    }
  });

  it('dates the statements as the sources do, not as the article does', () => {
    const date = (id: string) => statements.find((s) => s.id === id)!.date;
    expect(date('peskov-briefing')).toBe('2025-02-25');
    expect(date('putin-regions')).toBe('2025-02-24');
    expect(date('stefanishyna-post')).toBe('2025-02-24');
  });

  it('never puts a marker on a deposit without a published coordinate, and keeps the record', () => {
    const unlocated = deposits.filter((d) => d.location === null).map((d) => d.id);
    expect(unlocated).toEqual(expect.arrayContaining(['ulug-tanzek', 'karasug']));
  });

  it('ties the statements on the US–Ukraine deal to Ukraine as a whole and to Dobra, not only to the occupied area', () => {
    for (const id of ['putin-assessment', 'stefanishyna-post', 'us-fifty-percent-offer']) {
      const s = statements.find((x) => x.id === id)!;
      expect(s.countries).toContain('Ukraine');
      expect(s.depositIds).toContain('dobra');
    }
    expect(deposits.find((d) => d.id === 'dobra')!.occupation?.occupied).toBe(false);
  });

  it('has a timeline from March 2025, oldest first, each event sourced and dated', () => {
    expect(timeline.length).toBeGreaterThanOrEqual(10);
    expect(timeline[0]!.date >= '2025-03').toBe(true);
    expect(timeline.map((e) => e.date)).toEqual(timeline.map((e) => e.date).sort());
    for (const e of timeline) for (const s of e.sources) expect(s.date).toMatch(/^\d{4}/);
    const ids = timeline.map((e) => e.id);
    for (const id of ['rada-ratifies-deal', 'rosneft-takes-tomtor', 'shevchenko-capture-claimed', 'shevchenko-capture-denied', 'dobra-winner-selected'])
      expect(ids).toContain(id);
  });

  it('dates Shevchenkivske\'s occupation: not occupied in February 2025, contested from 26 June 2025', () => {
    const o = deposits.find((d) => d.id === 'shevchenkivske')!.occupation!;
    expect(o.occupied).toBe(false);
    expect(o.changes[0]).toMatchObject({ date: '2025-06-26', status: 'contested', eventId: 'shevchenko-capture-claimed' });
  });
});
