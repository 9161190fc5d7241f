import 'leaflet/dist/leaflet.css';
import { LayersControl, MapContainer, Pane, TileLayer } from 'react-leaflet';
import type { Selection } from '../state/selection';
import { AreaLayer } from './AreaLayer';
import { Basemap } from './Basemap';
import { DepositLayer } from './DepositLayer';
import { FitSelection, INITIAL_BOUNDS } from './FitSelection';
import { Legend } from './Legend';

type MapViewProps = { selection: Selection; onSelect: (s: Selection) => void };

export function MapView({ selection, onSelect }: MapViewProps) {
  const selectedArea = selection.kind === 'area' ? selection.id : null;
  const selectedDeposit = selection.kind === 'deposit' ? selection.id : null;
  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        bounds={INITIAL_BOUNDS}
        boundsOptions={{ padding: [16, 16] }}
        zoomSnap={0.25}
        minZoom={2}
        maxZoom={10}
        scrollWheelZoom
        attributionControl={false}
      >
        <Pane name="basemap" style={{ zIndex: 250 }}>
          <Basemap />
        </Pane>
        <LayersControl position="topright">
          <LayersControl.Overlay name="OpenStreetMap tiles (online)">
            <TileLayer
              url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
              attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
              pane="basemap"
              zIndex={1}
            />
          </LayersControl.Overlay>
        </LayersControl>
        <AreaLayer selected={selectedArea} onSelect={onSelect} />
        <DepositLayer selected={selectedDeposit} onSelect={onSelect} />
        <FitSelection selection={selection} />
      </MapContainer>
      <Legend />
    </div>
  );
}
