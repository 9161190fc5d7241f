import type { Feature, FeatureCollection, Point } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from '../data/basemap.gen.json?url';
import { BASEMAP_STYLE, WATER_STYLE } from './styles';
import { setWaterNames, type WaterId } from './water-names';

type Layers = { land: FeatureCollection; water: FeatureCollection };

const isName = (f: Feature) => f.properties?.kind === 'label';

/**
 * Countries and coastlines, and the great rivers and lakes (in a pane of their own above the areas'
 * fill), from Natural Earth, loaded after the first paint: the map needs no tile server. Nothing
 * here takes a click.
 */
export function Basemap() {
  const [data, setData] = useState<Layers | null>(null);
  useEffect(() => {
    let live = true;
    fetch(basemapUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((topo: Topology<{ basemap: GeometryCollection; water: GeometryCollection }>) => {
        if (!live) return;
        const water = feature(topo, topo.objects.water);
        setData({ land: feature(topo, topo.objects.basemap), water });
        setWaterNames(
          water.features.filter(isName).map((f) => {
            const [lon, lat] = (f.geometry as Point).coordinates;
            return { id: (f.properties as { id: WaterId }).id, lat: lat!, lon: lon! };
          }),
        );
      })
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, []);
  if (!data) return null;
  return (
    <>
      <GeoJSON data={data.land} style={BASEMAP_STYLE} pane="basemap" />
      <GeoJSON
        data={data.water}
        filter={(f) => !isName(f)}
        style={(f) => ({ ...WATER_STYLE, className: `water water--${f?.properties?.kind}` })}
        pane="water"
      />
    </>
  );
}
