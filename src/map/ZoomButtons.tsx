import { Control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/I18n';

/** Leaflet's + and − buttons, named in the reader's language (Leaflet's own say "Zoom in" in English). */
export function ZoomButtons() {
  const map = useMap();
  const t = useT();
  useEffect(() => {
    const control = new Control.Zoom({ zoomInTitle: t.map.zoomIn, zoomOutTitle: t.map.zoomOut, position: 'topleft' });
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, t]);
  return null;
}
