import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/I18n';

const KeyboardHelpBody = lazy(() => import('./KeyboardHelpBody'));

/** The keyboard help, a disclosure in the header; its text loads when it is first opened. */
export function KeyboardHelp() {
  const { header } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="keyboard-help" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={header.keyboard} title={header.keyboard}>
        <span aria-hidden="true">?</span>
      </summary>
      {open && (
        <Suspense fallback={null}>
          <KeyboardHelpBody />
        </Suspense>
      )}
    </details>
  );
}
