import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE, embedCode, embedUrl, escapeAttribute, type EmbedParams } from './code';
import { DEFAULT_LAYERS } from '../map/layers';
import { parseUrl } from '../state/url';

const parseEmbedOptions = (search: string) => parseUrl(search, { deposit: () => true, statement: () => true }).url;

const APP = 'http://127.0.0.1:4173/';

describe('embedUrl', () => {
  it('is the app with a bare `embed` when every option is the default', () => {
    expect(embedUrl(APP, {})).toBe('http://127.0.0.1:4173/?embed');
    expect(
      embedUrl(APP, {
        selection: { kind: 'overview' },
        theme: 'auto',
        panelOpen: true,
        layers: ['deposits', 'areas', 'basemap'],
      }),
    ).toBe('http://127.0.0.1:4173/?embed');
  });

  it('writes every option in a fixed order, embed first', () => {
    const url = embedUrl(APP, {
      responsive: true,
      layers: ['tiles', 'areas'],
      panelOpen: false,
      theme: 'dark',
      view: { lat: 62.03456, lon: 129.73219, zoom: 3.456 },
      selection: { kind: 'area', id: 'sakha' },
    });
    expect(url).toBe(
      'http://127.0.0.1:4173/?embed&area=sakha&view=62.035,129.732,3.46&theme=dark&panel=closed&layers=areas,tiles&height=auto',
    );
  });

  it('rounds the view and writes it without trailing zeros or minus zero', () => {
    expect(embedUrl(APP, { view: { lat: 55.75, lon: -0.0001, zoom: 4 } })).toBe(
      'http://127.0.0.1:4173/?embed&view=55.75,0,4',
    );
    expect(() => embedUrl(APP, { view: { lat: Number.NaN, lon: 0, zoom: 3 } })).toThrow(RangeError);
  });

  it('writes a deposit, and a statement', () => {
    expect(embedUrl(APP, { selection: { kind: 'deposit', id: 'tomtor' } })).toBe(
      'http://127.0.0.1:4173/?embed&deposit=tomtor',
    );
    expect(embedUrl(APP, { selection: { kind: 'statement', id: 'a b&c' } })).toBe(
      'http://127.0.0.1:4173/?embed&statement=a%20b%26c',
    );
  });

  it('keeps the map view beside a page selection (`show=`)', () => {
    expect(embedUrl(APP, { selection: { kind: 'list' }, view: { lat: 1, lon: 2, zoom: 3 } })).toBe(
      'http://127.0.0.1:4173/?embed&show=list&view=1,2,3',
    );
  });

  it('replaces a query and hash, and gives a bare origin a path', () => {
    expect(embedUrl('https://example.org/maps/index.html?area=tuva#x', {})).toBe(
      'https://example.org/maps/index.html?embed',
    );
    expect(embedUrl('http://127.0.0.1:4173', {})).toBe('http://127.0.0.1:4173/?embed');
  });

  it('refuses addresses that are not absolute http(s)', () => {
    expect(() => embedUrl('javascript:alert(1)//', {})).toThrow(TypeError);
    expect(() => embedUrl('/relative/', {})).toThrow(TypeError);
  });

  const cases: [string, EmbedParams][] = [
    ['nothing', {}],
    ['an area, responsive', { selection: { kind: 'area', id: 'occupied-ukraine' }, responsive: true }],
    [
      'everything',
      {
        selection: { kind: 'deposit', id: 'tomtor' },
        view: { lat: -12.5, lon: 170.125, zoom: 5.25 },
        theme: 'light',
        panelOpen: false,
        layers: ['basemap', 'deposits'],
        responsive: true,
      },
    ],
  ];

  it.each(cases)('round-trips %s through URLSearchParams and the app parser', (_, params) => {
    const url = new URL(embedUrl(APP, params));
    const q = url.searchParams;
    expect([...q.keys()][0]).toBe('embed');
    const sel = params.selection;
    if (sel && 'id' in sel) expect(q.get(sel.kind)).toBe(sel.id);
    expect(q.get('view')).toBe(params.view ? `${params.view.lat},${params.view.lon},${params.view.zoom}` : null);
    expect(q.get('theme')).toBe(params.theme ?? null);
    expect(q.get('panel')).toBe(params.panelOpen === false ? 'closed' : null);
    expect(q.get('height')).toBe(params.responsive ? 'auto' : null);

    const parsed = parseEmbedOptions(url.search);
    expect(parsed.embed).toBe(true);
    expect(parsed.theme).toBe(params.theme ?? 'auto');
    expect(parsed.panelOpen).toBe(params.panelOpen ?? true);
    expect(parsed.view).toEqual(params.view ?? null);
    expect(parsed.autoHeight).toBe(params.responsive ?? false);
    const layers =
      params.layers ?? Object.keys(DEFAULT_LAYERS).filter((l) => DEFAULT_LAYERS[l as keyof typeof DEFAULT_LAYERS]);
    expect(
      Object.entries(parsed.layers)
        .filter(([, on]) => on)
        .map(([l]) => l)
        .sort(),
    ).toEqual([...layers].sort());
  });
});

describe('embedCode', () => {
  it('gives one fixed-size iframe', () => {
    expect(embedCode({ appUrl: APP, selection: { kind: 'area', id: 'tuva' }, width: 600, height: 450 })).toBe(
      '<iframe src="http://127.0.0.1:4173/?embed&amp;area=tuva" width="600" height="450" style="border:0" ' +
        `title="${DEFAULT_TITLE}" loading="lazy" allow="fullscreen" allowfullscreen referrerpolicy="no-referrer"></iframe>`,
    );
  });

  it('gives a full-width iframe and embed.js for the responsive size', () => {
    expect(embedCode({ appUrl: APP, responsive: true, height: 520, width: 999 })).toBe(
      '<iframe data-rare-earth-map src="http://127.0.0.1:4173/?embed&amp;height=auto" height="520" style="border:0;width:100%" ' +
        `title="${DEFAULT_TITLE}" loading="lazy" allow="fullscreen" allowfullscreen referrerpolicy="no-referrer"></iframe>\n` +
        '<script async src="http://127.0.0.1:4173/embed.js"></script>',
    );
  });

  it('loads embed.js from the folder of an app that lives in a page', () => {
    expect(embedCode({ appUrl: 'https://example.org/maps/index.html', responsive: true })).toContain(
      '<script async src="https://example.org/maps/embed.js"></script>',
    );
  });

  it('escapes every attribute value', () => {
    const code = embedCode({
      appUrl: 'https://example.org/a&b"c/<x>/',
      responsive: true,
      title: 'Tom & "Jerry" <map>',
    });
    expect(code).toContain('src="https://example.org/a&amp;b&quot;c/&lt;x&gt;/?embed&amp;height=auto"');
    expect(code).toContain('title="Tom &amp; &quot;Jerry&quot; &lt;map&gt;"');
    expect(code).toContain('<script async src="https://example.org/a&amp;b&quot;c/&lt;x&gt;/embed.js"></script>');
    // Nothing but the tags' own quotes and angle brackets is left unescaped.
    const values = [...code.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
    for (const v of values) expect(v).not.toMatch(/[<>"]|&(?!amp;|quot;|lt;|gt;)/);
  });

  it('keeps sizes whole and within 100..10000 pixels, with defaults for non-numbers', () => {
    const code = embedCode({ appUrl: APP, width: 12.4, height: 1e9 });
    expect(code).toContain('width="100" height="10000"');
    expect(embedCode({ appUrl: APP, width: Number.NaN })).toContain('width="640" height="480"');
  });

  it('parses back into the same frame in a document', () => {
    const code = embedCode({
      appUrl: 'https://example.org/a&b/',
      selection: { kind: 'deposit', id: 'tomtor' },
      width: 300,
      height: 250,
    });
    const src = /src="([^"]*)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe('https://example.org/a&b/?embed&deposit=tomtor');
    expect(escapeAttribute(src)).toBe('https://example.org/a&amp;b/?embed&amp;deposit=tomtor');
  });
});
