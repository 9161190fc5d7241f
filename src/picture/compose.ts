/**
 * A picture of the map as one SVG document: a title band, the map (basemap, the six areas, the
 * deposits, the areas' names), a legend and a credit line. Pure: the app draws the reader's current
 * view with it ("Download image"), and the build draws each share page's preview with it. The map is
 * drawn on the app's own projection (../geo/lcc), framed on a view given in projected metres.
 */
import type { Position } from 'geojson';
import type { Area, DepositSummary } from '../data/schema';
import { project } from '../geo/lcc';
import { placeLabels, type Pt } from '../map/labels';
import { GROUP_COLOURS } from '../vocab/marker';

export type PictureTheme = 'light' | 'dark';

/** What the picture frames: a centre and the extent (width, height) to show at least, in projected metres. */
export type PictureView = { centre: [number, number]; extent: [number, number] };

export type LegendEntry = {
  mark: 'region' | 'occupied' | 'hollow' | 'unlocated' | DepositSummary['group'];
  text: string;
};

export type PictureInput = {
  width: number;
  height: number;
  theme: PictureTheme;
  view: PictureView;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  credit: string;
  /** Each area's name as the picture shows it. */
  names: Record<string, string>;
  areas: Area[];
  deposits: DepositSummary[];
  /** The basemap's land, as polygons of [lon, lat] rings. */
  land: Position[][][];
  /** Where areas with no located deposit get their "?" (as on the map). */
  unlocated: string[];
  selectedArea?: string | null;
  selectedDeposit?: string | null;
  /** The selected deposit's name, written beside its marker. */
  selectedName?: string;
};

const PALETTE = {
  light: {
    paper: '#ffffff',
    ink: '#1d232a',
    muted: '#56606b',
    sea: '#dce7ee',
    land: '#f3f1ec',
    landLine: '#b8b3a7',
    area: 'rgba(236,158,20,0.55)',
    areaOn: 'rgba(236,158,20,0.85)',
    areaLine: '#9a5f00',
    occupiedLine: '#a11d1d',
    hatchBg: '#f8e3e3',
    hatchLine: '#b02a2a',
    label: '#2b1d00',
    halo: '#ffffff',
  },
  dark: {
    paper: '#161a1e',
    ink: '#e6e9ec',
    muted: '#a9b2bb',
    sea: '#0f1418',
    land: '#2a2f35',
    landLine: '#4b535c',
    area: 'rgba(245,170,40,0.62)',
    areaOn: 'rgba(250,185,60,0.9)',
    areaLine: '#ffc14d',
    occupiedLine: '#ff7a7a',
    hatchBg: '#3b2528',
    hatchLine: '#e35d5d',
    label: '#fff3da',
    halo: '#161a1e',
  },
} as const;

const FONT = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

/** A rough width of a text in this font (DejaVu Sans averages ~0.6 em per character). */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.68 : 0.62);

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The view that shows a box of [west, south, east, north] degrees, with a margin around it. */
export function viewOfBounds([west, south, east, north]: [number, number, number, number], margin = 0.15): PictureView {
  const corners = [
    project(south, west),
    project(south, east),
    project(north, west),
    project(north, east),
    project(south, (west + east) / 2),
    project(north, (west + east) / 2),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return {
    centre: [(x0 + x1) / 2, (y0 + y1) / 2],
    extent: [(x1 - x0) * (1 + 2 * margin), (y1 - y0) * (1 + 2 * margin)],
  };
}

/** Words of a legend laid out in rows across the width: [entry, x, row]. */
function legendRows(entries: LegendEntry[], width: number, size: number) {
  const out: { e: LegendEntry; x: number; row: number }[] = [];
  let [x, row] = [24, 0];
  for (const e of entries) {
    const w = 20 + textWidth(e.text, size) + 18;
    if (x + w > width - 24 && x > 24) [x, row] = [24, row + 1];
    out.push({ e, x, row });
    x += w;
  }
  return out;
}

function legendMark(mark: LegendEntry['mark'], x: number, y: number, c: (typeof PALETTE)[PictureTheme]) {
  switch (mark) {
    case 'region':
      return `<rect x="${x}" y="${y - 6}" width="16" height="12" fill="${c.area}" stroke="${c.areaLine}"/>`;
    case 'occupied':
      return `<rect x="${x}" y="${y - 6}" width="16" height="12" fill="url(#hatch)" stroke="${c.occupiedLine}" stroke-dasharray="4 2"/>`;
    case 'hollow':
      return `<circle cx="${x + 8}" cy="${y}" r="5.5" fill="#ffffff" stroke="${GROUP_COLOURS['rare-earths']}" stroke-width="2" stroke-dasharray="3 2"/>`;
    case 'unlocated':
      return `<rect x="${x + 1}" y="${y - 7}" width="14" height="14" rx="2" fill="#ffffff" stroke="#3d4650" stroke-width="1.5" stroke-dasharray="3 2"/><text x="${x + 8}" y="${y + 4}" font-size="10" font-weight="700" text-anchor="middle" fill="#1d232a">?</text>`;
    default:
      return `<circle cx="${x + 8}" cy="${y}" r="5.5" fill="${GROUP_COLOURS[mark]}" stroke="#ffffff" stroke-width="1.2"/>`;
  }
}

/** The picture as an SVG document of `width` × `height` pixels. */
export function composePicture(p: PictureInput): string {
  const c = PALETTE[p.theme];
  const big = Math.min(p.width, p.height * 1.6);
  const titleSize = Math.round(big / 36);
  const subSize = Math.round(titleSize * 0.68);
  const small = Math.max(12, Math.round(titleSize * 0.5));
  const head = Math.round(titleSize * 1.5 + subSize * 1.6 + 18);
  const rows = legendRows(p.legend, p.width, small);
  const rowCount = rows.length ? rows[rows.length - 1]!.row + 1 : 0;
  const creditLines = wrap(p.credit, p.width - 48, small);
  const foot = Math.round(rowCount * small * 1.7 + creditLines.length * small * 1.35 + small + 14);
  const box = { x: 0, y: head, w: p.width, h: p.height - head - foot };

  // Metres to the picture's pixels: the whole extent fits, centred.
  const s = Math.min(box.w / p.view.extent[0], box.h / p.view.extent[1]);
  const toPx = (lat: number, lon: number): [number, number] => {
    const [x, y] = project(lat, lon);
    return [box.x + box.w / 2 + (x - p.view.centre[0]) * s, box.y + box.h / 2 - (y - p.view.centre[1]) * s];
  };
  const ringPx = (ring: Position[]) => ring.map(([lon, lat]) => toPx(lat!, lon!));
  const pathOf = (polygons: Position[][][]) => {
    let d = '';
    for (const polygon of polygons)
      for (const ring of polygon) {
        let last: [number, number] | null = null;
        let part = '';
        for (const q of ringPx(ring)) {
          if (last && Math.abs(q[0] - last[0]) < 0.8 && Math.abs(q[1] - last[1]) < 0.8) continue;
          part += `${part ? 'L' : 'M'}${q[0].toFixed(1)} ${q[1].toFixed(1)}`;
          last = q;
        }
        if (part) d += `${part}Z`;
      }
    return d;
  };

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="${FONT}">`,
    `<defs><clipPath id="map"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"/></clipPath>`,
    `<pattern id="hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect width="7" height="7" fill="${c.hatchBg}"/><line x1="0" y1="0" x2="0" y2="7" stroke="${c.hatchLine}" stroke-width="2.5"/></pattern></defs>`,
    `<rect width="${p.width}" height="${p.height}" fill="${c.paper}"/>`,
    `<g clip-path="url(#map)">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="${c.sea}"/>`,
    `<path d="${pathOf(p.land)}" fill="${c.land}" stroke="${c.landLine}" stroke-width="0.6" fill-rule="evenodd"/>`,
  );
  for (const a of p.areas) {
    const occupied = a.properties.kind === 'occupied-ukraine';
    const on = a.id === p.selectedArea;
    const fill = occupied ? 'url(#hatch)' : on ? c.areaOn : c.area;
    const line = occupied ? c.occupiedLine : c.areaLine;
    out.push(
      `<path d="${pathOf(a.geometry.coordinates as Position[][][])}" fill="${fill}" stroke="${line}" stroke-width="${on ? 2.5 : 1.2}"${occupied ? ' stroke-dasharray="5 3"' : ''} fill-rule="evenodd"/>`,
    );
  }
  // The deposits: filled where the point is the deposit's own, hollow and dashed where approximate.
  const markers: { x: number; y: number; r: number }[] = [];
  let depositName: { x: number; y: number; text: string } | null = null;
  const ordered = [...p.deposits].sort((a, b) => +(a.id === p.selectedDeposit) - +(b.id === p.selectedDeposit));
  for (const d of ordered) {
    if (!d.location) continue;
    const [x, y] = toPx(d.location.lat, d.location.lon);
    const exact = d.location.basis === 'deposit';
    const selected = d.id === p.selectedDeposit;
    const r = selected ? 9 : 6;
    const colour = GROUP_COLOURS[d.group];
    markers.push({ x, y, r: r + 3 });
    if (selected)
      out.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r + 4}" fill="none" stroke="${c.ink}" stroke-width="2"/>`,
      );
    if (selected && p.selectedName) depositName = { x: x + r + 8, y, text: p.selectedName };
    out.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${exact ? colour : '#ffffff'}" stroke="${exact ? '#ffffff' : colour}" stroke-width="${exact ? 1.5 : 2.5}"${exact ? '' : ' stroke-dasharray="3 2"'}/>`,
    );
  }
  for (const id of p.unlocated) {
    const a = p.areas.find((x) => x.id === id);
    if (!a) continue;
    const [x, y] = toPx(a.label[1], a.label[0]);
    markers.push({ x, y, r: 12 });
    out.push(
      `<rect x="${(x - 9).toFixed(1)}" y="${(y - 9).toFixed(1)}" width="18" height="18" rx="3" fill="#ffffff" stroke="#3d4650" stroke-width="2" stroke-dasharray="4 2"/>`,
      `<text x="${x.toFixed(1)}" y="${(y + 5).toFixed(1)}" font-size="13" font-weight="700" text-anchor="middle" fill="#1d232a">?</text>`,
    );
  }
  // The areas' names, placed as on the map: inside where they fit, else beside with a line.
  const labelSize = Math.max(13, Math.round(titleSize * 0.6));
  const placements = placeLabels(
    ['kabardino-balkaria', 'occupied-ukraine', 'murmansk', 'tuva', 'irkutsk', 'sakha']
      .map((id) => p.areas.find((a) => a.id === id))
      .filter((a): a is Area => a !== undefined)
      .map((a) => ({
        id: a.id,
        rings: (a.geometry.coordinates as Position[][][]).flatMap((polygon) =>
          polygon.map((ring) => ringPx(ring).map(([x, y]): Pt => ({ x, y }))),
        ),
        width: textWidth(p.names[a.id] ?? a.id, labelSize, true) + 12,
        height: labelSize + 10,
      })),
    markers.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r })),
    { x: box.x + 6, y: box.y + 6, w: box.w - 12, h: box.h - 12 },
  );
  for (const { id, box: b, anchor } of placements) {
    if (anchor) {
      const ex = Math.min(Math.max(anchor.x, b.x), b.x + b.w);
      const ey = Math.min(Math.max(anchor.y, b.y), b.y + b.h);
      out.push(
        `<line x1="${anchor.x.toFixed(1)}" y1="${anchor.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${c.ink}" stroke-width="1.2"/>`,
        `<circle cx="${anchor.x.toFixed(1)}" cy="${anchor.y.toFixed(1)}" r="3" fill="${c.ink}"/>`,
      );
    }
    out.push(
      `<text x="${(b.x + b.w / 2).toFixed(1)}" y="${(b.y + b.h / 2 + labelSize * 0.36).toFixed(1)}" font-size="${labelSize}" font-weight="700" text-anchor="middle" fill="${c.label}" stroke="${c.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${esc(p.names[id] ?? id)}</text>`,
    );
  }
  if (depositName)
    out.push(
      `<text x="${depositName.x.toFixed(1)}" y="${(depositName.y + labelSize * 0.36).toFixed(1)}" font-size="${labelSize}" font-weight="700" fill="${c.ink}" stroke="${c.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${esc(depositName.text)}</text>`,
    );
  out.push('</g>');

  // The title band, the legend and the credit line.
  out.push(
    `<text x="24" y="${18 + titleSize}" font-size="${titleSize}" font-weight="700" fill="${c.ink}">${esc(p.title)}</text>`,
    `<text x="24" y="${18 + titleSize + subSize * 1.5}" font-size="${subSize}" fill="${c.muted}">${esc(fit(p.subtitle, p.width - 48, subSize))}</text>`,
  );
  const legendTop = box.y + box.h + 10 + small;
  for (const { e, x, row } of rows) {
    const y = legendTop + row * small * 1.7;
    out.push(
      legendMark(e.mark, x, y - small * 0.35, c),
      `<text x="${x + 22}" y="${y}" font-size="${small}" fill="${c.ink}">${esc(e.text)}</text>`,
    );
  }
  creditLines.forEach((line, i) =>
    out.push(
      `<text x="24" y="${(p.height - 12 - (creditLines.length - 1 - i) * small * 1.35).toFixed(1)}" font-size="${small}" fill="${c.muted}">${esc(line)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('\n');
}

/** A text in lines of at most `width`, broken between words, two lines at most (the second cut with "…"). */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [''];
  for (const word of text.split(' ')) {
    const line = lines[lines.length - 1]!;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) lines[lines.length - 1] = next;
    else lines.push(word);
  }
  return lines.length > 2
    ? [lines[0]!, fit(lines.slice(1).join(' '), width, size)]
    : lines.map((l) => fit(l, width, size));
}

/** A text cut with "…" where it would run past `width`. */
function fit(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (size * 0.58)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
