/**
 * A note in the reader's language that quotes its sources in theirs: each passage in quotation
 * marks («…», “…”) written in another script or language is marked with that language, so that
 * screen readers pronounce it as written and the page says which words are the source's own.
 * Quotations in the note's own language are left as they are.
 */
import { quotedSpans } from '../vocab/quoted';

export function Glossed({ text, lang }: { text: string; lang: string }) {
  const parts = quotedSpans(text, lang);
  if (parts.length === 1 && !parts[0]!.lang) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.lang ? (
          <span key={i} lang={p.lang}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
