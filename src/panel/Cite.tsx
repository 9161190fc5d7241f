import { useEffect, useState } from 'react';
import type { Deposit, Statement } from '../data/schema';
import type { AreaId } from '../geo/area-ids';
import { useI18n, type I18n } from '../i18n/I18n';
import { LOCALES } from '../i18n/langs';
import { depositName, localStatement } from '../i18n/localize';
import type { Messages } from '../i18n/messages/en';
import { permalinkUrl, type Selection } from '../state/url';
import { useAddress, type Address } from '../state/useUrl';
import { CopyButton } from '../ui/CopyButton';

export type Citable =
  | { kind: 'statement'; record: Statement }
  | { kind: 'deposit'; record: Deposit }
  | { kind: 'area'; record: { id: AreaId; name: string } };
type CitationGroup = { heading: string; citations: { label: string; text: string }[] };

export function selectionOf(item: Citable): Selection {
  return item.kind === 'area' ? { kind: 'area', id: item.record.id } : { kind: item.kind, id: item.record.id };
}

/** The record's stable address: the full map showing just this record, in the language the reader chose. */
export function permalinkOf(item: Citable, address: Address): string {
  return address.absolute(permalinkUrl(selectionOf(item), address.url.lang));
}

/** The citation formats load only when a reader asks for them. */
async function citationsFor(item: Citable, address: Address, i18n: I18n): Promise<CitationGroup[]> {
  const [cite, { citations: text }] = await Promise.all([
    import('../cite/citation'),
    import('../i18n/messages/citations'),
  ]);
  const { t } = i18n;
  const c = text[i18n.lang];
  // In the reader's language: its words and dates, and the record's title as the reader sees it.
  const language =
    i18n.lang === 'en' ? undefined : { locale: LOCALES[i18n.lang], siteName: t.site.citationSiteName, words: c.words };
  const opts = { pageUrl: permalinkOf(item, address), accessed: new Date(), language };
  const page = cite.CITATION_STYLES.map((style) => ({
    label: c.styles[style],
    text:
      item.kind === 'statement'
        ? cite.citeStatement(localStatement(i18n, item.record), style, opts)
        : item.kind === 'deposit'
          ? cite.citeDeposit({ name: depositName(i18n, item.record) }, style, opts)
          : cite.citeArea(item.record.name, style, opts),
  }));
  if (item.kind !== 'statement') return [{ heading: c.page, citations: page }];
  const itself = cite.CITATION_STYLES.map((style) => ({
    label: c.styles[style],
    text: cite.citeOriginal(item.record, style),
  }));
  return [
    { heading: c.itself, citations: itself },
    { heading: c.page, citations: page },
  ];
}

/** APA, MLA and Chicago citations of one record, each with a Copy button, shown while `open`. */
export function Citations({ item, open, id }: { item: Citable; open: boolean; id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const address = useAddress();
  const [groups, setGroups] = useState<{ for: Messages; list: CitationGroup[] } | 'error' | null>(null);
  const ready = groups !== null && groups !== 'error' && groups.for === t ? groups.list : null;
  const { kind, record } = item;

  useEffect(() => {
    if (!open || ready) return;
    let live = true;
    citationsFor({ kind, record } as Citable, address, i18n).then(
      (list) => live && setGroups({ for: t, list }),
      () => live && setGroups('error'),
    );
    return () => {
      live = false;
    };
  }, [open, ready, kind, record, address, t, i18n]);

  return (
    <div id={id} hidden={!open} className="citations">
      {groups === 'error' && <p className="notice">{t.cite.failed}</p>}
      {ready === null && groups !== 'error' && open && <p className="note">{t.cite.preparing}</p>}
      {ready?.map((g) => (
        <section key={g.heading} className="citation-group">
          <p className="citation-group-heading">{g.heading}</p>
          {g.citations.map((c) => (
            <div key={c.label} className="citation">
              <p className="citation-label">{c.label}</p>
              <p className="citation-text">{c.text}</p>
              <CopyButton text={c.text} label={t.cite.copyCitation(c.label)} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
