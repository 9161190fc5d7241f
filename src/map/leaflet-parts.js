/**
 * Leaflet 1.9.4 from its own ES modules, without the parts this map never uses: tile layers,
 * image, video and SVG overlays, popups, the layer switcher, attribution, and the CRSs other than
 * the base class. Vite points `leaflet` here; the app and react-leaflet import the same names.
 */
export * from 'leaflet/src/core/index';
export * from 'leaflet/src/dom/index';
export * from 'leaflet/src/geometry/index';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { CRS } from 'leaflet/src/geo/crs/CRS';
import { Earth } from 'leaflet/src/geo/crs/CRS.Earth';
import { EPSG3857 } from 'leaflet/src/geo/crs/CRS.EPSG3857';
CRS.Earth = Earth;
CRS.EPSG3857 = EPSG3857;
export { CRS };
export * from 'leaflet/src/map/index';

import { Control, control } from 'leaflet/src/control/Control';
import { Zoom, zoom } from 'leaflet/src/control/Control.Zoom';
import { Scale, scale } from 'leaflet/src/control/Control.Scale';
Control.Zoom = Zoom;
Control.Scale = Scale;
control.zoom = zoom;
control.scale = scale;
export { Control, control };

export { Layer } from 'leaflet/src/layer/Layer';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup';
export { FeatureGroup, featureGroup } from 'leaflet/src/layer/FeatureGroup';
export { GeoJSON, geoJSON, geoJson } from 'leaflet/src/layer/GeoJSON';
export { DivOverlay } from 'leaflet/src/layer/DivOverlay';
export { Tooltip, tooltip } from 'leaflet/src/layer/Tooltip';
export * from 'leaflet/src/layer/marker/index';
export * from 'leaflet/src/layer/vector/index';

/**
 * react-leaflet's modules import these names too, for components this map never renders (the
 * bundle drops them). Should one ever be rendered, it fails loudly instead of drawing nothing.
 */
function NotInThisBuild() {
  throw new Error('This part of Leaflet is left out of the build: see src/map/leaflet-parts.js');
}
export {
  NotInThisBuild as ImageOverlay,
  NotInThisBuild as Popup,
  NotInThisBuild as SVGOverlay,
  NotInThisBuild as TileLayer,
  NotInThisBuild as VideoOverlay,
};
