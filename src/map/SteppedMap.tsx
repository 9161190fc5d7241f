import { createLeafletContext, LeafletContext, type LeafletContextInterface } from '@react-leaflet/core';
import { Map as LeafletMap, type LatLngExpression, type MapOptions } from 'leaflet';
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../ui/after-paint';

type SteppedMapProps = {
  className: string;
  options: MapOptions;
  center: LatLngExpression;
  zoom: number;
  onMap?: (map: LeafletMap) => void;
  /** What goes on the map, given how many steps have been taken since it was made. */
  children: (step: number) => ReactNode;
  steps: number;
};

/**
 * react-leaflet's MapContainer, made in steps. The Leaflet map is made after React has put its
 * element in the page (in an effect, not during React's commit), and what goes on it follows, one
 * step after each paint. Every update here is a transition, which React renders in slices: none
 * of this holds the page's main thread for long at once, on a slow phone either.
 */
export function SteppedMap({ className, options, center, zoom, onMap, children, steps }: SteppedMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<LeafletContextInterface | null>(null);
  // Made once: the options, view and callback of the first render are the map's.
  const first = useRef({ options, center, zoom, onMap });
  useEffect(() => {
    const { options, center, zoom, onMap } = first.current;
    const map = new LeafletMap(element.current!, options);
    // Busy until its first view is drawn, names and all (see settled).
    settled(map, false);
    map.setView(center, zoom);
    startTransition(() => {
      setContext(createLeafletContext(map));
      onMap?.(map);
    });
    return () => {
      map.remove();
    };
  }, []);
  return (
    <div ref={element} className={className}>
      {context && (
        <LeafletContext value={context}>
          <Steps steps={steps}>{children}</Steps>
        </LeafletContext>
      )}
    </div>
  );
}

/**
 * Says on the map's container (aria-busy) whether its first view is drawn: the names are the last
 * thing on it, so their layer says so, or the map itself where they are not shown.
 */
export function settled(map: LeafletMap, done: boolean) {
  map.getContainer().setAttribute('aria-busy', String(!done));
}

function Steps({ steps, children }: { steps: number; children: (step: number) => ReactNode }) {
  return children(useStepAfterPaints(steps));
}

/** 0 on the first render, then one more after each following paint (a transition), up to `last`. */
export function useStepAfterPaints(last: number): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (step >= last) return;
    return afterNextPaint(() => startTransition(() => setStep(step + 1)));
  }, [step, last]);
  return step;
}
