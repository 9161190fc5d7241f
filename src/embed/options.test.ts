import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, parseEmbedOptions } from './options';

describe('parseEmbedOptions', () => {
  it('has defaults for a plain URL', () => {
    expect(parseEmbedOptions('')).toEqual({
      embed: false,
      theme: 'light',
      panelOpen: true,
      layers: DEFAULT_LAYERS,
      view: null,
      autoHeight: false,
    });
  });

  it('reads every option', () => {
    const o = parseEmbedOptions('?embed&theme=dark&panel=closed&layers=areas,tiles&view=55.5,37.25,4&height=auto&lang=fr');
    expect(o).toEqual({
      embed: true,
      theme: 'dark',
      panelOpen: false,
      layers: { basemap: false, areas: true, deposits: false, tiles: true },
      view: { lat: 55.5, lon: 37.25, zoom: 4 },
      autoHeight: true,
    });
  });

  it.each([
    ['theme=purple', { theme: 'light' }],
    ['layers=nonsense', { layers: DEFAULT_LAYERS }],
    ['view=1,2', { view: null }],
    ['view=91,0,3', { view: null }],
    ['view=10,20,99', { view: null }],
    ['view=NaN,Infinity,3', { view: null }],
    ['view=1e3,2,3', { view: null }],
    ['panel=maybe', { panelOpen: true }],
    ['height=123', { autoHeight: false }],
  ])('ignores %s', (query, expected) => {
    expect(parseEmbedOptions(`?${query}`)).toMatchObject(expected);
  });
});
