import { Component, type ReactNode } from 'react';
import type { Messages } from '../i18n/messages/en';
import { reloadPage } from '../state/useUrl';

/**
 * `what` is already in the reader's language; `t` is the reader's catalog (a class cannot use hooks);
 * `className`: of a box around the notice, where it takes the failed part's place in a layout.
 */
type Props = { what: string; t: Messages; className?: string; children: ReactNode };
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
    const { t, what, className } = this.props;
    const notice = (
      <div className="notice" role="alert">
        <p>{t.load.failed(what)}</p>
        <button type="button" onClick={reloadPage}>
          {t.load.retry}
        </button>
      </div>
    );
    return className ? <div className={className}>{notice}</div> : notice;
  }
}
