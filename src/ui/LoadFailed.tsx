import { useT } from '../i18n/I18n';

/** A data file that did not arrive: say so, and offer to fetch it again. `what` is already in the reader's language. */
export function LoadFailed({ what, onRetry }: { what: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="notice" role="alert">
      <p>{t.load.failed(what)}</p>
      <button type="button" onClick={onRetry}>
        {t.load.retry}
      </button>
    </div>
  );
}
