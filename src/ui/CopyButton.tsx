import { useState } from 'react';
import { useT } from '../i18n/I18n';

/** Copies text; says whether it worked, in a live region. */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy">
      <button type="button" onClick={copy} aria-label={label} className={className}>
        {t.copy.button}
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? t.copy.copied : state === 'failed' ? t.copy.failed : ''}
      </span>
    </span>
  );
}
