import { useEffect, useState } from 'react';
import type { Deposit, Statement } from '../data/schema';
import { formatSelection, type Selection } from '../state/selection';

type Citable = { kind: 'statement'; record: Statement } | { kind: 'deposit'; record: Deposit };
type Citations = { label: string; text: string }[];

/** The app's own address, without query or hash. */
export function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The record's stable address: the full map (no embed options) showing just this record. */
export function permalink(selection: Selection): string {
  return `${appAddress()}${formatSelection(selection)}`;
}

/** The citation formats load only when a reader asks for them. */
async function citationsFor(item: Citable): Promise<Citations> {
  const cite = await import('../cite/citation');
  const opts = { pageUrl: permalink({ kind: item.kind, id: item.record.id }), accessed: new Date() };
  return cite.CITATION_STYLES.map((style) => ({
    label: cite.CITATION_STYLE_LABELS[style],
    text: item.kind === 'statement' ? cite.citeStatement(item.record, style, opts) : cite.citeDeposit(item.record, style, opts),
  }));
}

/** A 'Cite' control: APA, MLA and Chicago citations of one record, each with a Copy button. */
export function Cite({ item }: { item: Citable }) {
  const [open, setOpen] = useState(false);
  const [citations, setCitations] = useState<Citations | 'error' | null>(null);
  const id = `cite-${item.kind}-${item.record.id}`;

  useEffect(() => {
    if (!open || citations) return;
    citationsFor(item).then(setCitations, () => setCitations('error'));
  }, [open, citations, item.kind, item.record]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="cite-control">
      <button type="button" className="cite-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Cite
      </button>
      <div id={id} hidden={!open} className="citations">
        {citations === 'error' && <p className="notice">Could not load the citation formats. Check your connection.</p>}
        {citations === null && open && <p className="note">Preparing citations…</p>}
        {Array.isArray(citations) &&
          citations.map((c) => (
            <div key={c.label} className="citation">
              <p className="citation-label">{c.label}</p>
              <p className="citation-text">{c.text}</p>
              <CopyButton text={c.text} label={`Copy the ${c.label} citation`} />
            </div>
          ))}
      </div>
    </div>
  );
}

/** Copies text; says whether it worked, in a live region. */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
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
        Copy
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text and copy it' : ''}
      </span>
    </span>
  );
}
