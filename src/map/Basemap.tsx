import type { Feature, FeatureCollection, Point } from 'geojson';
import { startTransition, useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from '../data/basemap.gen.json?url';
import { BASEMAP_STYLE, WATER_STYLE } from './styles';
import { afterNextPaint } from '../ui/after-paint';
import { setWaterNames, type WaterId } from './water-names';

type Layers = { land: FeatureCollection[]; water: FeatureCollection | null };

/** The countries are drawn in this many parts, a task each: all at once took 20 ms on a desktop, each path a DOM insertion. */
const LAND_PARTS = 6;

/** The features in `parts` runs of about equal numbers of points, in their order. */
function split(all: FeatureCollection, parts: number): FeatureCollection[] {
  const size = ({ geometry: g }: Feature) =>
    g.type === 'Polygon' ? g.coordinates.flat().length : g.type === 'MultiPolygon' ? g.coordinates.flat(2).length : 1;
  const total = all.features.reduce((sum, f) => sum + size(f), 0);
  const out: FeatureCollection[] = Array.from({ length: parts }, () => ({ type: 'FeatureCollection', features: [] }));
  let seen = 0;
  for (const f of all.features) {
    out[Math.min(parts - 1, Math.floor((seen / total) * parts))]!.features.push(f);
    seen += size(f);
  }
  return out;
}

const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

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
    // Decoded and drawn in steps, a task each (land, then water, then the water's names), so that
    // none holds the main thread for long; each is a transition, which React renders in slices.
    fetch(basemapUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then(async (topo: Topology<{ basemap: GeometryCollection; water: GeometryCollection }>) => {
        await nextPaint();
        if (!live) return;
        const land = split(feature(topo, topo.objects.basemap), LAND_PARTS);
        for (let i = 1; i <= land.length; i++) {
          startTransition(() => setData({ land: land.slice(0, i), water: null }));
          await nextPaint();
          if (!live) return;
        }
        const water = feature(topo, topo.objects.water);
        startTransition(() => setData({ land, water }));
        await nextPaint();
        if (!live) return;
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
      {data.land.map((part, i) => (
        <GeoJSON key={i} data={part} style={BASEMAP_STYLE} pane="basemap" />
      ))}
      {data.water && (
        <GeoJSON
          data={data.water}
          filter={(f) => !isName(f)}
          style={(f) => ({ ...WATER_STYLE, className: `water water--${f?.properties?.kind}` })}
          pane="water"
        />
      )}
    </>
  );
}
