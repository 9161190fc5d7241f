import { Component, type ReactNode } from 'react';

type Props = { what: string; children: ReactNode };
type State = { failed: boolean };

/**
 * Catches a lazy part whose code failed to load (a dropped connection, a deploy that removed the
 * old chunk) and offers a retry instead of a blank panel. Browsers remember a failed module
 * import, so the retry reloads the page; the URL keeps the reader's place.
 */
export class LazyFailed extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <p>{`Could not load ${this.props.what}. Check your connection and try again.`}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
}
