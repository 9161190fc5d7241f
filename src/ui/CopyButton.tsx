import { useState } from 'react';
import { useT } from '../i18n/I18n';

/** Copies text; says whether it worked, in a live region. */
/** `children` replaces the button's word "Copy", e.g. with "Copy link". */
export function CopyButton({
  text,
  label,
  className,
  children,
}: {
  text: string;
  label: string;
  className?: string;
  children?: string;
}) {
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
        {children ?? t.copy.button}
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? t.copy.copied : state === 'failed' ? t.copy.failed : ''}
      </span>
    </span>
  );
}
