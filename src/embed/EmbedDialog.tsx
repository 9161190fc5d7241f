import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { appAddress, CopyButton } from '../panel/Cite';
import type { Selection } from '../state/selection';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedCode, embedUrl, MAX_SIZE, MIN_SIZE, type MapView } from './code';
import type { Theme } from './options';

type EmbedDialogProps = { selection: Selection; map: LeafletMap | null; onClose: () => void };


/** 'Embed this map': a preview of the embed and the code to paste, for the current selection and view. Loaded on demand. */
export default function EmbedDialog({ selection, map, onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [responsive, setResponsive] = useState(true);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [keepView, setKeepView] = useState(false);
  const [theme, setTheme] = useState<Theme>('light');
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  const view: MapView | null = useMemo(() => {
    if (!keepView || !map) return null;
    const c = map.getCenter();
    return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
  }, [keepView, map]);

  const params = { selection, view, theme, responsive };
  const code = embedCode({ ...params, appUrl: appAddress(), width, height });
  const previewSrc = embedUrl(appAddress(), { ...params, responsive: false });

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>Embed this map</h2>
        <button type="button" className="embed-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <p className="note">
        Paste this code into your article. The map loads nothing from any other site, sets no cookies, and scrolls the
        page, not the map, until a reader clicks it.
      </p>
      <fieldset>
        <legend>Size</legend>
        <label>
          <input type="radio" name="embed-size" value="responsive" checked={responsive} onChange={() => setResponsive(true)} />{' '}
          Responsive: as wide as the column, as tall as the map needs
        </label>
        <label>
          <input type="radio" name="embed-size" value="fixed" checked={!responsive} onChange={() => setResponsive(false)} /> Fixed
          size
        </label>
        <span className="embed-size">
          <label>
            Width{' '}
            <input id="embed-width" type="number" min={MIN_SIZE} max={MAX_SIZE} value={width} disabled={responsive} onChange={(e) => e.target.value && setWidth(Number(e.target.value))} />
          </label>{' '}
          <label>
            Height{' '}
            <input id="embed-height" type="number" min={MIN_SIZE} max={MAX_SIZE} value={height} onChange={(e) => e.target.value && setHeight(Number(e.target.value))} />
          </label>
        </span>
      </fieldset>
      <fieldset>
        <legend>Map</legend>
        <label>
          <input type="checkbox" checked={keepView} onChange={(e) => setKeepView(e.target.checked)} /> Keep the current view
          (centre and zoom); otherwise the map fits what is selected
        </label>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Follow the reader's setting</option>
          </select>
        </label>
      </fieldset>
      <label htmlFor="embed-code" className="embed-code-label">
        Code
      </label>
      <textarea id="embed-code" readOnly value={code} rows={responsive ? 4 : 3} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={code} label="Copy the embed code" className="embed-copy" />
      <div className="embed-preview">
        <p className="embed-code-label">Preview</p>
        <iframe src={previewSrc} title="Preview of the embedded map" width="100%" height={Math.max(MIN_SIZE, Math.min(height, 360))} style={{ border: 0 }} />
      </div>
    </dialog>
  );
}
