import { useEffect, useRef } from 'react';
import type { Selection } from '../state/selection';
import { MESSAGE_HEIGHT, MESSAGE_SELECT } from './protocol';

function post(message: object) {
  // Nothing private is sent, and a sandboxed frame cannot know its host's origin: see protocol.ts.
  window.parent.postMessage(message, '*');
}

/** Inside a frame: tells the host page the content height, and what the reader selects. */
export function useHostMessages(active: boolean, selection: Selection) {
  useEffect(() => {
    if (!active || window.parent === window) return;
    let last = 0;
    function report() {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) post({ type: MESSAGE_HEIGHT, height: (last = height) });
    }
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [active]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (active && window.parent !== window) post({ type: MESSAGE_SELECT, selection, url: window.location.href });
  }, [active, selection]);
}
