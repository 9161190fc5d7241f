import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from '../data/basemap.gen.json?url';
import { BASEMAP_STYLE } from './styles';

/** Countries and coastlines from Natural Earth, loaded after the first paint: the map needs no tile server. */
export function Basemap() {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    fetch(basemapUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((topo: Topology<{ basemap: GeometryCollection }>) => live && setData(feature(topo, topo.objects.basemap)))
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, []);
  return data ? <GeoJSON data={data} style={BASEMAP_STYLE} pane="basemap" /> : null;
}
