/**
 * The little the smoke scenario needs from a browser, so that one scenario (smoke.ts) runs in
 * Firefox (firefox.ts, over WebDriver BiDi) and in WebKit (webkit.ts, over WebDriver).
 */
export interface EngineDriver {
  readonly name: string;
  /** Loads the URL in the top-level page and waits for its load event. */
  open(url: string): Promise<void>;
  /**
   * Runs a function body (`return …`) in the page, or in the first iframe matching the CSS selector
   * `frame`, and returns its result as JSON.
   */
  evaluate<T>(body: string, frame?: string): Promise<T>;
  /** A real mouse click at the point, in CSS pixels from the viewport's top left. */
  click(x: number, y: number): Promise<void>;
  /** Errors the engine itself reported (uncaught errors, console errors), where its driver can see them. */
  readonly errors: string[];
  /** Requests off this machine the engine's driver saw (the proxy sees the rest). */
  readonly external: string[];
  close(): Promise<void>;
}

export type EngineLaunch = {
  /** The HTTP proxy every request must go through (proxy.ts). */
  proxyPort: number;
  width: number;
  height: number;
};
