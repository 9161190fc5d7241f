import { useT } from '../i18n/I18n';

/** The keyboard help, visible as a disclosure in the header. */
export function KeyboardHelp() {
  const { keyboard: k, header } = useT();
  return (
    <details className="keyboard-help">
      <summary aria-label={header.keyboard} title={header.keyboard}>
        <span aria-hidden="true">?</span>
      </summary>
      <div className="keyboard-help-body">
        <dl>
          <dt>{k.tabKeys}</dt>
          <dd>{k.tab}</dd>
          <dt>{k.enterKeys}</dt>
          <dd>{k.enter}</dd>
          <dt>{k.escapeKeys}</dt>
          <dd>{k.escape}</dd>
          <dt>{k.arrowKeys}</dt>
          <dd>{k.arrows}</dd>
          <dt>{k.zoomKeys}</dt>
          <dd>{k.zoom}</dd>
        </dl>
        <p>{k.textVersion}</p>
      </div>
    </details>
  );
}
