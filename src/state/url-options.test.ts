import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../map/layers';
import { parseUrl } from './url';

const options = (search: string) => {
  const { embed, theme, panelOpen, layers, view, autoHeight, lang } = parseUrl(search, {
    deposit: () => false,
    statement: () => false,
  }).url;
  return { embed, theme, panelOpen, layers, view, autoHeight, lang };
};

describe('parseUrl: the options', () => {
  it('has defaults for a plain URL', () => {
    expect(options('')).toEqual({
      embed: false,
      theme: 'auto',
      panelOpen: true,
      layers: DEFAULT_LAYERS,
      view: null,
      autoHeight: false,
      lang: null,
    });
  });

  it('reads every option', () => {
    const o = options('?embed&theme=dark&panel=closed&layers=areas,tiles&view=55.5,37.25,4&height=auto&lang=en');
    expect(o).toEqual({
      embed: true,
      theme: 'dark',
      panelOpen: false,
      layers: { basemap: false, areas: true, deposits: false, tiles: true },
      view: { lat: 55.5, lon: 37.25, zoom: 4 },
      autoHeight: true,
      lang: 'en',
    });
  });

  it.each([
    ['theme=purple', { theme: 'auto' }],
    ['layers=nonsense', { layers: DEFAULT_LAYERS }],
    ['view=1,2', { view: null }],
    ['view=91,0,3', { view: null }],
    ['view=10,20,99', { view: null }],
    ['view=NaN,Infinity,3', { view: null }],
    ['view=1e3,2,3', { view: null }],
    ['panel=maybe', { panelOpen: true }],
    ['height=123', { autoHeight: false }],
    ['lang=fr', { lang: null }],
    ['lang=toString', { lang: null }],
  ])('ignores %s', (query, expected) => {
    expect(options(`?${query}`)).toMatchObject(expected);
  });
});
