import { useEffect, useState } from 'react';
import type { Deposit, Statement } from '../data/schema';
import { useT } from '../i18n/I18n';
import type { Messages } from '../i18n/messages/en';
import { permalinkUrl } from '../state/url';
import { useAddress, type Address } from '../state/useUrl';
import { CopyButton } from '../ui/CopyButton';

type Citable = { kind: 'statement'; record: Statement } | { kind: 'deposit'; record: Deposit };
type Citations = { label: string; text: string }[];

/** The citation formats load only when a reader asks for them. */
async function citationsFor(item: Citable, address: Address, t: Messages): Promise<Citations> {
  const cite = await import('../cite/citation');
  // The record's stable address: the full map showing just this record, in the language the reader chose.
  const pageUrl = address.absolute(permalinkUrl({ kind: item.kind, id: item.record.id }, address.url.lang));
  const opts = { pageUrl, accessed: new Date() };
  return cite.CITATION_STYLES.map((style) => ({
    label: t.cite.styles[style],
    text: item.kind === 'statement' ? cite.citeStatement(item.record, style, opts) : cite.citeDeposit(item.record, style, opts),
  }));
}

/** A 'Cite' control: APA, MLA and Chicago citations of one record, each with a Copy button. */
export function Cite({ item }: { item: Citable }) {
  const t = useT();
  const address = useAddress();
  const [open, setOpen] = useState(false);
  const [citations, setCitations] = useState<{ for: Messages; list: Citations } | 'error' | null>(null);
  const id = `cite-${item.kind}-${item.record.id}`;
  const ready = citations !== null && citations !== 'error' && citations.for === t ? citations.list : null;

  const { kind, record } = item;

  useEffect(() => {
    if (!open || ready) return;
    let live = true;
    citationsFor({ kind, record } as Citable, address, t).then(
      (list) => live && setCitations({ for: t, list }),
      () => live && setCitations('error'),
    );
    return () => {
      live = false;
    };
  }, [open, ready, kind, record, address, t]);

  return (
    <div className="cite-control">
      <button type="button" className="cite-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t.cite.button}
      </button>
      <div id={id} hidden={!open} className="citations">
        {citations === 'error' && <p className="notice">{t.cite.failed}</p>}
        {ready === null && citations !== 'error' && open && <p className="note">{t.cite.preparing}</p>}
        {ready?.map((c) => (
          <div key={c.label} className="citation">
            <p className="citation-label">{c.label}</p>
            <p className="citation-text">{c.text}</p>
            <CopyButton text={c.text} label={t.cite.copyCitation(c.label)} />
          </div>
        ))}
      </div>
    </div>
  );
}
