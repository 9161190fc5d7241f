import './scroll-hint.css';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/I18n';

const HINT_MS = 1600;
const WHEEL_PX_PER_HALF_LEVEL = 60;

/**
 * Inside an embed the map must not take the host page's scrolling. The wheel zooms only once the
 * reader has clicked or focused the map, or while Ctrl/⌘ is held; one finger scrolls the page and
 * two fingers move the map. A hint says so when the reader tries.
 */
export default function EmbedGestures() {
  const map = useMap();
  const t = useT();
  const [hint, setHint] = useState<string | null>(null);
  const timer = useRef<number>(0);

  useEffect(() => {
    const container = map.getContainer();
    const coarse = matchMedia('(pointer: coarse)').matches;
    let wheelDelta = 0;
    if (coarse) map.dragging.disable();

    function show(text: string) {
      setHint(text);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setHint(null), HINT_MS);
    }
    function activate() {
      map.scrollWheelZoom.enable();
    }
    function deactivate() {
      map.scrollWheelZoom.disable();
    }
    function onWheel(e: WheelEvent) {
      if (map.scrollWheelZoom.enabled()) return;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        // Trackpad pinches arrive as many small Ctrl+wheel events: add them up, a half level per 60 px.
        wheelDelta += e.deltaY;
        if (Math.abs(wheelDelta) >= WHEEL_PX_PER_HALF_LEVEL) {
          const steps = Math.trunc(wheelDelta / WHEEL_PX_PER_HALF_LEVEL);
          wheelDelta -= steps * WHEEL_PX_PER_HALF_LEVEL;
          map.setZoomAround(map.mouseEventToContainerPoint(e), map.getZoom() - steps / 2);
        }
        return;
      }
      show(t.embed.wheelHint);
    }
    function onTouchMove(e: TouchEvent) {
      if (e.touches.length === 1) show(t.embed.touchHint);
    }
    container.addEventListener('wheel', onWheel, { passive: false });
    container.addEventListener('touchmove', onTouchMove, { passive: true });
    container.addEventListener('mousedown', activate);
    container.addEventListener('focus', activate);
    container.addEventListener('mouseleave', deactivate);
    container.addEventListener('blur', deactivate);
    return () => {
      container.removeEventListener('wheel', onWheel);
      container.removeEventListener('touchmove', onTouchMove);
      container.removeEventListener('mousedown', activate);
      container.removeEventListener('focus', activate);
      container.removeEventListener('mouseleave', deactivate);
      container.removeEventListener('blur', deactivate);
      window.clearTimeout(timer.current);
    };
  }, [map, t.embed.wheelHint, t.embed.touchHint]);

  return (
    <p className="scroll-hint" hidden={hint === null} role="status">
      {hint}
    </p>
  );
}
