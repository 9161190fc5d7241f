import type { Feature, FeatureCollection, Point } from 'geojson';
import { startTransition, useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from '../data/basemap.gen.json?url';
import { BASEMAP_STYLE, WATER_STYLE } from './styles';
import { afterNextPaint } from '../ui/after-paint';
import { useStepAfterPaints } from './SteppedMap';
import { setWaterNames, type WaterId } from './water-names';

type Layers = { land: FeatureCollection[]; water: FeatureCollection };

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
    // Decoded after a paint, in a task of its own, and handed over as a transition (rendered in slices).
    fetch(basemapUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((topo: Topology<{ basemap: GeometryCollection; water: GeometryCollection }>) =>
        afterNextPaint(() => {
          if (!live) return;
          const land = split(feature(topo, topo.objects.basemap), LAND_PARTS);
          const water = feature(topo, topo.objects.water);
          startTransition(() => setData({ land, water }));
        }),
      )
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, []);
  return data && <BasemapLayers {...data} />;
}

/**
 * The countries part by part, then the water, then the water's names, each a step after a paint
 * (./SteppedMap), so that none holds the main thread for long.
 */
function BasemapLayers({ land, water }: Layers) {
  const step = useStepAfterPaints(land.length + 1);
  const drawn = step >= land.length;
  useEffect(() => {
    if (step <= land.length) return;
    setWaterNames(
      water.features.filter(isName).map((f) => {
        const [lon, lat] = (f.geometry as Point).coordinates;
        return { id: (f.properties as { id: WaterId }).id, lat: lat!, lon: lon! };
      }),
    );
  }, [step, land.length, water]);
  return (
    <>
      {land.slice(0, step + 1).map((part, i) => (
        <GeoJSON key={i} data={part} style={BASEMAP_STYLE} pane="basemap" />
      ))}
      {drawn && (
        <GeoJSON
          data={water}
          filter={(f) => !isName(f)}
          style={(f) => ({ ...WATER_STYLE, className: `water water--${f?.properties?.kind}` })}
          pane="water"
        />
      )}
    </>
  );
}
