/** The keyboard help, visible as a disclosure in the header. */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard</summary>
      <div className="keyboard-help-body">
        <dl>
          <dt>Tab / Shift+Tab</dt>
          <dd>move between the map, each area, each deposit marker and the panel</dd>
          <dt>Enter or Space</dt>
          <dd>select the focused area or deposit; focus moves to the panel's heading</dd>
          <dt>Escape</dt>
          <dd>back to the overview; focus returns to the area or deposit</dd>
          <dt>Arrow keys</dt>
          <dd>move the map (when the map has focus)</dd>
          <dt>+ and −</dt>
          <dd>zoom in and out (when the map has focus)</dd>
        </dl>
        <p>Every area and deposit is also listed in the text version of the map.</p>
      </div>
    </details>
  );
}
