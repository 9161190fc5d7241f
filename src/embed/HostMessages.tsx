import { useEffect } from 'react';
import { fullMapUrl } from '../state/url';
import { useAddress, useOnSelect } from '../state/useUrl';
import { MESSAGE_HEIGHT, MESSAGE_SELECT } from './protocol';

function post(message: object) {
  // Nothing private is sent, and a sandboxed frame cannot know its host's origin: see protocol.ts.
  window.parent.postMessage(message, '*');
}

/**
 * Inside a frame: tells the host page the content's height (the app's own box, not the document's,
 * which can never be smaller than the frame), and what the reader selects.
 */
function useHostMessages() {
  useEffect(() => {
    if (window.parent === window) return;
    const app = document.querySelector('.app');
    if (!app) return;
    let last = 0;
    function report(force = false) {
      const height = Math.ceil(app!.getBoundingClientRect().height);
      if (height > 0 && (force || height !== last)) post({ type: MESSAGE_HEIGHT, height: (last = height) });
    }
    const observer = new ResizeObserver(() => report());
    observer.observe(app);
    report();
    // The host's script may load after the first report (it is async): say it again once all has loaded.
    const again = () => report(true);
    window.addEventListener('load', again);
    const timer = window.setTimeout(again, 2000);
    return () => {
      observer.disconnect();
      window.removeEventListener('load', again);
      window.clearTimeout(timer);
    };
  }, []);
  const address = useAddress();
  useOnSelect((selection, first) => {
    if (first || window.parent === window) return;
    post({ type: MESSAGE_SELECT, selection, url: address.absolute(fullMapUrl({ ...address.url, selection })) });
  });
}

/** The messages as a component, so that only an embed loads this code. */
export default function HostMessages() {
  useHostMessages();
  return null;
}
