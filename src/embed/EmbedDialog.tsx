import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { embedDialog } from '../i18n/messages/embed-dialog';
import { useSection } from '../i18n/sections';
import { LANGS, type Lang } from '../i18n/langs';
import type { MapView, Selection, Theme } from '../state/url';
import { useAddress } from '../state/useUrl';
import { CopyButton } from '../ui/CopyButton';
import { ModalDialog } from '../ui/ModalDialog';
import { isShareable, shareAddress } from '../cite/share';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedCode, embedUrl, MAX_SIZE, MIN_SIZE } from './code';

type EmbedDialogProps = { selection: Selection; map: LeafletMap | null; onClose: () => void };

/** 'Embed this map': a preview of the embed and the code to paste, for the current selection and view. Loaded on demand. */
export default function EmbedDialog({ selection, map, onClose }: EmbedDialogProps) {
  const [responsive, setResponsive] = useState(true);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [keepView, setKeepView] = useState(false);
  const [theme, setTheme] = useState<Theme>('auto');
  const { t, lang: readerLang } = useI18n();
  const d = useSection(embedDialog);
  // The reader's language by default; "" leaves it to each reader's browser.
  const [lang, setLang] = useState<Lang | ''>(readerLang);
  const address = useAddress();
  const { appAddress } = address;
  const shareUrl = isShareable(selection) ? shareAddress(address, lang || readerLang, selection) : null;

  const view: MapView | null = useMemo(() => {
    if (!keepView || !map) return null;
    const c = map.getCenter();
    return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
  }, [keepView, map]);

  const params = { selection, view, theme, responsive, lang: lang || null };
  const code = embedCode({ ...params, appUrl: appAddress, width, height, title: d.frameTitle });
  const previewSrc = embedUrl(appAddress, { ...params, responsive: false });

  return (
    <ModalDialog className="embed-dialog" title={d.dialogTitle} close={d.close} onClose={onClose}>
      <p className="note">{d.intro}</p>
      <fieldset>
        <legend>{d.size}</legend>
        <label>
          <input
            type="radio"
            name="embed-size"
            value="responsive"
            checked={responsive}
            onChange={() => setResponsive(true)}
          />{' '}
          {d.responsive}
        </label>
        <label>
          <input
            type="radio"
            name="embed-size"
            value="fixed"
            checked={!responsive}
            onChange={() => setResponsive(false)}
          />{' '}
          {d.fixed}
        </label>
        <span className="embed-size">
          <label>
            {d.width}{' '}
            <input
              id="embed-width"
              type="number"
              min={MIN_SIZE}
              max={MAX_SIZE}
              value={width}
              disabled={responsive}
              onChange={(e) => e.target.value && setWidth(Number(e.target.value))}
            />
          </label>{' '}
          <label>
            {d.height}{' '}
            <input
              id="embed-height"
              type="number"
              min={MIN_SIZE}
              max={MAX_SIZE}
              value={height}
              onChange={(e) => e.target.value && setHeight(Number(e.target.value))}
            />
          </label>
        </span>
      </fieldset>
      <fieldset>
        <legend>{d.map}</legend>
        <label>
          <input type="checkbox" checked={keepView} onChange={(e) => setKeepView(e.target.checked)} /> {d.keepView}
        </label>
        <label>
          {d.theme}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="light">{d.themes.light}</option>
            <option value="dark">{d.themes.dark}</option>
            <option value="auto">{d.themes.auto}</option>
          </select>
        </label>
        <label>
          {d.language}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang | '')}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t.lang[l]}
              </option>
            ))}
            <option value="">{d.readerLanguage}</option>
          </select>
        </label>
      </fieldset>
      <label htmlFor="embed-code" className="embed-code-label">
        {d.code}
      </label>
      <textarea
        id="embed-code"
        readOnly
        value={code}
        rows={responsive ? 4 : 3}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={code} label={d.copyCode} className="embed-copy" />
      {shareUrl && (
        <p className="embed-share">
          <span className="embed-code-label">{d.shareLink}</span> <code className="embed-share-url">{shareUrl}</code>{' '}
          <CopyButton text={shareUrl} label={d.copyShareLink} className="embed-share-copy" />
        </p>
      )}
      <div className="embed-preview">
        <p className="embed-code-label">{d.preview}</p>
        <iframe
          src={previewSrc}
          title={d.previewTitle}
          width="100%"
          height={Math.max(MIN_SIZE, Math.min(height, 360))}
          style={{ border: 0 }}
        />
      </div>
    </ModalDialog>
  );
}
