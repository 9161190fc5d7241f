import { Control, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../i18n/I18n';

type ScaleOptions = Control.ScaleOptions & { label: (km: number) => string };
type Scale = Control.Scale & {
  _map: LeafletMap;
  _mScale: HTMLElement;
  _updateScales(m: number): void;
  _updateScale(scale: HTMLElement, text: string, ratio: number): void;
  _getRoundNum(n: number): number;
  options: ScaleOptions;
};

/**
 * Leaflet's scale bar measures along the map's left edge. On a conic projection the scale changes
 * across the map (about 3 % between 50° N and 60° N), so this one measures the true (great-circle)
 * distance across the bar's width at the map's centre, where the reader looks. Its label is written
 * in the reader's language ("1000 км").
 */
const CentredScale: new (options: ScaleOptions) => Control.Scale = Control.Scale.extend({
  _update(this: Scale) {
    const map = this._map;
    const size = map.getSize();
    const half = (this.options.maxWidth ?? 100) / 2;
    const a = map.containerPointToLatLng([size.x / 2 - half, size.y / 2]);
    const b = map.containerPointToLatLng([size.x / 2 + half, size.y / 2]);
    this._updateScales(map.distance(a, b));
  },
  _updateMetric(this: Scale, maxMeters: number) {
    const meters = this._getRoundNum(maxMeters);
    this._updateScale(this._mScale, this.options.label(meters / 1000), meters / maxMeters);
  },
});

export function ScaleBar() {
  const map = useMap();
  const { t, fmt } = useI18n();
  useEffect(() => {
    const control = new CentredScale({
      imperial: false,
      maxWidth: 110,
      position: 'bottomleft',
      label: (km) => t.units.km(fmt.number(km)),
    });
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, t, fmt]);
  return null;
}
