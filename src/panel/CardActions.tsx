import { useEffect, useState } from 'react';
import { useI18n, useT } from '../i18n/I18n';
import { shareAddress } from '../cite/share';
import { useAddress } from '../state/useUrl';
import { CopyButton } from '../ui/CopyButton';
import { useStaticLinks } from '../ui/LinkMode';
import { Citations, type Citable } from './Cite';

/**
 * The actions at the top of a card: Cite (the citations open below the row), Copy link, and Share
 * where the browser has a share sheet. The text version, read without JavaScript, has none: its
 * buttons could do nothing.
 */
export function CardActions({ item, title }: { item: Citable; title: string }) {
  const { t, lang } = useI18n();
  const address = useAddress();
  const isStatic = useStaticLinks();
  const [citing, setCiting] = useState(false);
  // Known only in the browser, after the first render, so that a prerendered card hydrates as it was drawn.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  if (isStatic) return null;
  const id = `cite-${item.kind}-${item.record.id}`;
  // The record's share page: its own title and preview picture for link previews, then the app on it.
  const url = shareAddress(address, lang, { kind: item.kind, id: item.record.id });
  return (
    <div className="card-actions">
      <div className="card-actions-row">
        <button
          type="button"
          className="cite-button"
          aria-expanded={citing}
          aria-controls={id}
          onClick={() => setCiting(!citing)}
        >
          {t.cite.button}
        </button>
        <CopyButton text={url} label={t.card.copyLinkTo(title)} className="copy-link">
          {t.card.copyLink}
        </CopyButton>
        {canShare && <ShareButton title={title} url={url} />}
      </div>
      <Citations item={item} open={citing} id={id} />
    </div>
  );
}

/** Opens the system share sheet; a reader who cancels it is told nothing went wrong. */
function ShareButton({ title, url }: { title: string; url: string }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  async function share() {
    try {
      await navigator.share({ title, url });
      setFailed(false);
    } catch (e) {
      setFailed(!(e instanceof DOMException && e.name === 'AbortError'));
    }
  }
  return (
    <span className="copy">
      <button type="button" onClick={share} className="share">
        {t.card.share}
      </button>
      <span className="copy-state" role="status">
        {failed ? t.card.shareFailed : ''}
      </span>
    </span>
  );
}
