import { keyboardHelp } from '../i18n/messages/keyboard-help';
import { useSection } from '../i18n/sections';

/** What the keys do; loaded when the reader opens the keyboard help. */
export default function KeyboardHelpBody() {
  const k = useSection(keyboardHelp);
  return (
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
  );
}
