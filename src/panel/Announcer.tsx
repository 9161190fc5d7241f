import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../state/selection';
import { titleOf } from './titles';

/** Tells screen readers, politely, what the panel now shows. Silent on the first render. */
export function Announcer({ selection }: { selection: Selection }) {
  const [text, setText] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setText(`Showing ${titleOf(selection)}`);
  }, [selection]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
