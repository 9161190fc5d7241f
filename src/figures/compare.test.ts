import { describe, expect, it } from 'vitest';
import type { Figures, Series } from '../data/figures-schema';
import { readValidFigures } from '../data/figures-read';
import { readValidData } from '../data/read-data';
import { changes, compare, latest, previousEdition, rankOf, ranked, shareOf, withoutFigure } from './compare';

const figures: Figures = readValidFigures('.', readValidData());

function column(rows: [string, number | null][], world: Series['world']): Series {
  return {
    id: 'test',
    publication: 'usgs-mcs-2026',
    measure: 'reserves',
    year: 2025,
    unit: 't-reo',
    estimated: false,
    note: null,
    rows: rows.map(([country, value]) => ({ country, value, note: null })),
    other: null,
    world,
  };
}

describe('ranked and rankOf', () => {
  const s = column(
    [
      ['A', 10],
      ['B', null],
      ['C', 30],
      ['D', 10],
      ['E', 5],
    ],
    { value: 50, bound: 'more-than' },
  );

  it('orders countries with a figure, largest first, and leaves NA rows out', () => {
    expect(ranked(s).map((r) => r.country)).toEqual(['C', 'A', 'D', 'E']);
    expect(withoutFigure(s)).toEqual(['B']);
  });

  it('gives equal figures the same rank and counts only countries with a figure', () => {
    expect(rankOf(s, 'C')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(s, 'A')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(s, 'D')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(s, 'E')).toEqual({ rank: 4, of: 4 });
    expect(rankOf(s, 'B')).toBeNull();
    expect(rankOf(s, 'Z')).toBeNull();
  });

  it('says a share of a lower-bound total is at most that share', () => {
    expect(shareOf(s, 'C')).toEqual({ share: 0.6, atMost: true });
    expect(shareOf({ ...s, world: { value: 60, bound: 'rounded' } }, 'C')).toEqual({ share: 0.5, atMost: false });
    expect(shareOf(s, 'B')).toBeNull();
  });
});

describe('the shipped figures', () => {
  it('take the newest edition as the latest, and its latest year for production', () => {
    expect(latest(figures, 'reserves').id).toBe('usgs-2026-reserves');
    expect(latest(figures, 'mine-production').id).toBe('usgs-2026-production-2025');
    expect(previousEdition(figures, latest(figures, 'reserves'))?.id).toBe('usgs-2025-reserves');
  });

  it('rank Russia by the rows of the latest reserves column, whatever they are', () => {
    const reserves = latest(figures, 'reserves');
    const russia = reserves.rows.find((r) => r.country === 'Russia')!.value!;
    const larger = reserves.rows.filter((r) => r.value !== null && r.value > russia).length;
    expect(compare(figures, 'Russia').reserves.rank).toBe(larger + 1);
  });

  it('give Russia its share of the latest world mine production', () => {
    const production = latest(figures, 'mine-production');
    const russia = production.rows.find((r) => r.country === 'Russia')!.value!;
    const c = compare(figures, 'Russia');
    expect(c.production.share).toBeCloseTo(russia / production.world.value, 12);
    expect(c.production.atMost).toBe(false);
    expect(c.production.year).toBe(production.year);
  });

  it('list what changed between editions, including figures that appeared or vanished', () => {
    const after = latest(figures, 'reserves');
    const list = changes(previousEdition(figures, after)!, after);
    for (const c of list) expect(c.before).not.toBe(c.after);
    const unchanged = after.rows.filter((r) => !list.some((c) => c.country === r.country));
    const before = previousEdition(figures, after)!;
    for (const r of unchanged) expect(before.rows.find((b) => b.country === r.country)?.value ?? null).toBe(r.value);
  });
});
