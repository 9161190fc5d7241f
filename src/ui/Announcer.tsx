import { useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { titleOf } from '../panel/titles';
import { useOnSelect } from '../state/useUrl';

/** Tells screen readers, politely, what the panel now shows. Silent on the first render. */
export function Announcer() {
  const i18n = useI18n();
  const [text, setText] = useState('');
  useOnSelect((selection, first) => {
    if (!first) setText(i18n.t.announce.showing(titleOf(i18n, selection)));
  });
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
