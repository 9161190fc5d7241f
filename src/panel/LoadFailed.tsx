/** A data file that did not arrive: say so, and offer to fetch it again. */
export function LoadFailed({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="notice" role="alert">
      <p>{`Could not load ${what}. Check your connection and try again.`}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
