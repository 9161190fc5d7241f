import type { Map as LeafletMap } from 'leaflet';
import { useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from '../data/basemap.gen.json?url';
import { METRES_PER_PIXEL_AT_ZOOM_0, project } from '../geo/lcc';
import { useI18n } from '../i18n/I18n';
import { picture } from '../i18n/messages/picture';
import type { Selection } from '../state/url';
import { ModalDialog } from '../ui/ModalDialog';
import type { PictureView } from './compose';
import { landPolygons, pictureFor } from './input';

type DownloadDialogProps = { selection: Selection; map: LeafletMap | null; onClose: () => void };

type Format = { key: 'png169' | 'pngSquare' | 'svg'; width: number; height: number; type: 'png' | 'svg' };
const FORMATS: Format[] = [
  { key: 'png169', width: 1200, height: 675, type: 'png' },
  { key: 'pngSquare', width: 1080, height: 1080, type: 'png' },
  { key: 'svg', width: 1200, height: 675, type: 'svg' },
];

let land: Promise<ReturnType<typeof landPolygons>> | null = null;
/** The basemap's land, fetched once (the map has usually fetched the same file already). */
function loadLand() {
  land ??= fetch(basemapUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
    .then((topo: Topology<{ basemap: GeometryCollection }>) => landPolygons(feature(topo, topo.objects.basemap)))
    .catch((e: unknown) => {
      land = null;
      throw e;
    });
  return land;
}

/** What the reader's map shows now, in projected metres: the picture shows at least that. */
function currentView(map: LeafletMap): PictureView {
  const c = map.getCenter();
  const size = map.getSize();
  const perPixel = METRES_PER_PIXEL_AT_ZOOM_0 / 2 ** map.getZoom();
  return { centre: project(c.lat, c.lng), extent: [size.x * perPixel, size.y * perPixel] };
}

function save(blob: Blob, name: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** An SVG document drawn onto a canvas of its size, as PNG. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * "Download image": the current view as a picture (map, title, legend, credit line, the selection
 * marked) at a newsletter's or a social post's size, or as SVG for print. Drawn here, in the
 * browser, from the map's data (../picture/compose); loaded only when asked for.
 */
export default function DownloadDialog({ selection, map, onClose }: DownloadDialogProps) {
  const i18n = useI18n();
  const d = picture[i18n.lang];
  const [failed, setFailed] = useState(false);

  async function download(f: Format) {
    setFailed(false);
    try {
      const theme = document.querySelector('.theme-dark') ? 'dark' : 'light';
      const svg = pictureFor(i18n, {
        width: f.width,
        height: f.height,
        theme,
        selection,
        land: await loadLand(),
        view: map ? currentView(map) : undefined,
      });
      const id = 'id' in selection && typeof selection.id === 'string' ? selection.id : selection.kind;
      const name = `rare-earth-offer-${id}-${i18n.lang}-${f.width}x${f.height}.${f.type}`;
      save(f.type === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg, f.width, f.height), name);
    } catch {
      setFailed(true);
    }
  }

  return (
    <ModalDialog className="embed-dialog download-dialog" title={d.title} close={d.close} onClose={onClose}>
      <p className="note">{d.intro}</p>
      <div className="download-formats">
        {FORMATS.map((f) => (
          <button key={f.key} type="button" className={`download-${f.key}`} onClick={() => void download(f)}>
            {d[f.key]}
          </button>
        ))}
      </div>
      <p role="status" className="copy-state">
        {failed ? d.failed : ''}
      </p>
    </ModalDialog>
  );
}
