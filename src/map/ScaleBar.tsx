import { Control, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet's scale bar measures along the map's left edge. On a conic projection the scale changes
 * across the map (about 3 % between 50° N and 60° N), so this one measures the true (great-circle)
 * distance across the bar's width at the map's centre, where the reader looks.
 */
const CentredScale: new (options: Control.ScaleOptions) => Control.Scale = Control.Scale.extend({
  _update(this: Control.Scale & { _map: LeafletMap; _updateScales(m: number): void; options: Control.ScaleOptions }) {
    const map = this._map;
    const size = map.getSize();
    const half = (this.options.maxWidth ?? 100) / 2;
    const a = map.containerPointToLatLng([size.x / 2 - half, size.y / 2]);
    const b = map.containerPointToLatLng([size.x / 2 + half, size.y / 2]);
    this._updateScales(map.distance(a, b));
  },
});

export function ScaleBar() {
  const map = useMap();
  useEffect(() => {
    const control = new CentredScale({ imperial: false, maxWidth: 110, position: 'bottomleft' });
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map]);
  return null;
}
