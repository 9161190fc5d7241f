import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { DEFAULT_LAYERS } from '../map/layers';
import { noticeText } from '../panel/notice';
import { DEFAULT_URL, formatUrl, parseUrl, type AppUrl, type Selection } from './url';

const exists = {
  deposit: (id: string) => ['tomtor', 'kovdor'].includes(id),
  statement: (id: string) => id === 'putin-regions',
};

function parse(search: string) {
  const { url, notice } = parseUrl(search, exists);
  return { selection: url.selection, notice: notice && noticeText(en, notice) };
}

describe('parseUrl: the selection', () => {
  it('gives the overview for an empty query', () => {
    expect(parse('')).toEqual({ selection: { kind: 'overview' }, notice: null });
  });

  it('reads an area and a deposit', () => {
    expect(parse('?area=sakha').selection).toEqual({ kind: 'area', id: 'sakha' });
    expect(parse('?deposit=tomtor').selection).toEqual({ kind: 'deposit', id: 'tomtor' });
    expect(parse('?statement=putin-regions').selection).toEqual({ kind: 'statement', id: 'putin-regions' });
    expect(parse('?show=list').selection).toEqual({ kind: 'list' });
    expect(parse('?show=sources').selection).toEqual({ kind: 'sources' });
    expect(parse('?show=toString').notice).toMatch(/no page “toString”/);
  });

  it('reads the figures, the timeline, and one event on it', () => {
    expect(parse('?show=figures').selection).toEqual({ kind: 'figures' });
    expect(parse('?show=timeline').selection).toEqual({ kind: 'timeline', event: null });
    expect(parse('?show=timeline&event=deal-signed').selection).toEqual({ kind: 'timeline', event: 'deal-signed' });
    const known = { ...exists, event: (id: string) => id === 'deal-signed' };
    const { url, notice } = parseUrl('?show=timeline&event=nope', known);
    expect(url.selection).toEqual({ kind: 'timeline', event: null });
    expect(notice && noticeText(en, notice)).toBe('There is no event “nope” on this map. Showing the overview.');
  });

  it('falls back to the overview with a notice for unknown ids', () => {
    const area = parse('?area=atlantis');
    expect(area.selection).toEqual({ kind: 'overview' });
    expect(area.notice).toBe('There is no area “atlantis” on this map. Showing the overview.');
    const deposit = parse('?deposit=%3Cscript%3E');
    expect(deposit.selection).toEqual({ kind: 'overview' });
    expect(deposit.notice).toContain('“<script>”');
  });

  it('cuts very long values in the notice', () => {
    const { notice } = parse(`?area=${'x'.repeat(5000)}`);
    expect(notice!.length).toBeLessThan(140);
  });

  it('refuses conflicting parameters', () => {
    expect(parse('?area=sakha&deposit=tomtor').selection).toEqual({ kind: 'overview' });
    expect(parse('?area=sakha&area=tuva').notice).toMatch(/more than one/);
  });

  it('does not treat inherited object keys as areas', () => {
    expect(parse('?area=constructor').selection).toEqual({ kind: 'overview' });
    expect(parse('?area=__proto__').selection).toEqual({ kind: 'overview' });
  });
});

describe('formatUrl', () => {
  const cases: Selection[] = [
    { kind: 'overview' },
    { kind: 'area', id: 'occupied-ukraine' },
    { kind: 'deposit', id: 'kovdor' },
    { kind: 'statement', id: 'putin-regions' },
    { kind: 'list' },
    { kind: 'sources' },
    { kind: 'figures' },
    { kind: 'timeline', event: null },
    { kind: 'timeline', event: 'a b&c' },
  ];

  it.each(cases)('round-trips $kind', (selection) => {
    expect(parseUrl(formatUrl({ selection }), exists).url.selection).toEqual(selection);
  });

  it('keeps other parameters and replaces the old selection', () => {
    const change = (search: string, selection: Selection) => formatUrl({ ...parseUrl(search, exists).url, selection });
    expect(change('?embed&deposit=tomtor', { kind: 'area', id: 'tuva' })).toBe('?embed&area=tuva');
    expect(change('?theme=dark&show=list', { kind: 'sources' })).toBe('?show=sources&theme=dark');
    expect(change('?area=tuva', { kind: 'overview' })).toBe('');
  });

  it('writes nothing for the defaults', () => {
    expect(formatUrl(DEFAULT_URL)).toBe('');
    expect(formatUrl({ layers: { ...DEFAULT_LAYERS } })).toBe('');
  });

  it('round-trips a whole address, every parameter set', () => {
    const url: AppUrl = {
      selection: { kind: 'timeline', event: 'minerals-deal' },
      embed: true,
      view: { lat: 62.035, lon: 129.732, zoom: 3.25 },
      theme: 'light',
      panelOpen: false,
      layers: { basemap: false, areas: true, deposits: true, tiles: true },
      autoHeight: true,
      lang: 'en',
    };
    const search = formatUrl(url);
    expect(search).toBe(
      '?embed&show=timeline&event=minerals-deal&view=62.035,129.732,3.25&theme=light&panel=closed&layers=areas,deposits,tiles&height=auto&lang=en',
    );
    expect(parseUrl(search, exists)).toEqual({ url, notice: null });
  });
});
