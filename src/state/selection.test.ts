import { describe, expect, it } from 'vitest';
import { formatSelection, parseSelection, type Selection } from './selection';

const exists = { deposit: (id: string) => ['tomtor', 'kovdor'].includes(id), statement: (id: string) => id === 'putin-regions' };

describe('parseSelection', () => {
  it('gives the overview for an empty query', () => {
    expect(parseSelection('', exists)).toEqual({ selection: { kind: 'overview' }, notice: null });
  });

  it('reads an area and a deposit', () => {
    expect(parseSelection('?area=sakha', exists).selection).toEqual({ kind: 'area', id: 'sakha' });
    expect(parseSelection('?deposit=tomtor', exists).selection).toEqual({ kind: 'deposit', id: 'tomtor' });
    expect(parseSelection('?statement=putin-regions', exists).selection).toEqual({ kind: 'statement', id: 'putin-regions' });
    expect(parseSelection('?show=list', exists).selection).toEqual({ kind: 'list' });
    expect(parseSelection('?show=sources', exists).selection).toEqual({ kind: 'sources' });
    expect(parseSelection('?show=toString', exists).notice).toMatch(/no page “toString”/);
  });

  it('falls back to the overview with a notice for unknown ids', () => {
    const area = parseSelection('?area=atlantis', exists);
    expect(area.selection).toEqual({ kind: 'overview' });
    expect(area.notice).toBe('There is no area “atlantis” on this map. Showing the overview.');
    const deposit = parseSelection('?deposit=%3Cscript%3E', exists);
    expect(deposit.selection).toEqual({ kind: 'overview' });
    expect(deposit.notice).toContain('“<script>”');
  });

  it('cuts very long values in the notice', () => {
    const { notice } = parseSelection(`?area=${'x'.repeat(5000)}`, exists);
    expect(notice!.length).toBeLessThan(140);
  });

  it('refuses conflicting parameters', () => {
    expect(parseSelection('?area=sakha&deposit=tomtor', exists).selection).toEqual({ kind: 'overview' });
    expect(parseSelection('?area=sakha&area=tuva', exists).notice).toMatch(/more than one/);
  });

  it('does not treat inherited object keys as areas', () => {
    expect(parseSelection('?area=constructor', exists).selection).toEqual({ kind: 'overview' });
    expect(parseSelection('?area=__proto__', exists).selection).toEqual({ kind: 'overview' });
  });
});

describe('formatSelection', () => {
  const cases: Selection[] = [
    { kind: 'overview' },
    { kind: 'area', id: 'occupied-ukraine' },
    { kind: 'deposit', id: 'kovdor' },
    { kind: 'statement', id: 'putin-regions' },
    { kind: 'list' },
    { kind: 'sources' },
  ];
  it.each(cases)('round-trips $kind', (sel) => {
    expect(parseSelection(formatSelection(sel), exists).selection).toEqual(sel);
  });

  it('keeps other parameters and replaces the old selection', () => {
    expect(formatSelection({ kind: 'area', id: 'tuva' }, '?embed&deposit=tomtor')).toBe('?embed&area=tuva');
    expect(formatSelection({ kind: 'sources' }, '?theme=dark&show=list')).toBe('?theme=dark&show=sources');
    expect(formatSelection({ kind: 'overview' }, '?area=tuva')).toBe('');
  });
});
