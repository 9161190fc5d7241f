import { lazy } from 'react';

/** Any component React's lazy takes. */
type LazyComponent = Awaited<ReturnType<Parameters<typeof lazy>[0]>>['default'];

/**
 * How long a page that has announced it is leaving (beforeunload) gets to go (pagehide) before a
 * failed import counts as a real failure after all: a cancelled navigation, a download.
 */
export const LEAVE_GRACE_MS = 3_000;

/**
 * Runs a dynamic import, but treats its failure as no failure when the reader is leaving the page.
 *
 * Firefox rejects the imports still in flight when a page is left ("error loading dynamically imported
 * module"), which React would report as a page error. Such a rejection is an abort, not a failure to
 * load: while leaving, it never settles, so nothing is rendered or reported from a page that is going.
 * Every other failure rejects as before, for LazyFailed to show. The beforeunload listener is there
 * only while an import is in flight: a page with one is not kept in the back/forward cache by every browser.
 */
export function importUnlessLeaving<T>(load: () => Promise<T>, target: EventTarget = globalThis): Promise<T> {
  let leaving = false;
  let gone = false;
  const onBeforeUnload = () => {
    leaving = true;
  };
  const onPageHide = () => {
    gone = true;
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  target.addEventListener('pagehide', onPageHide);
  return load()
    .catch(async (error: unknown) => {
      if (gone || (leaving && (await goneWithin(target, LEAVE_GRACE_MS)))) return new Promise<T>(() => {});
      throw error;
    })
    .finally(() => {
      target.removeEventListener('beforeunload', onBeforeUnload);
      target.removeEventListener('pagehide', onPageHide);
    });
}

/** Resolves true when the page is hidden for good (pagehide) within `ms`, else false. */
function goneWithin(target: EventTarget, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      target.removeEventListener('pagehide', onHide);
      resolve(false);
    }, ms);
    function onHide() {
      clearTimeout(timer);
      resolve(true);
    }
    target.addEventListener('pagehide', onHide, { once: true });
  });
}

/** React.lazy over importUnlessLeaving: a lazily loaded part that leaving the page does not break. */
export const lazyPart: typeof lazy = (load) => lazy(() => importUnlessLeaving(load));

/**
 * A lazily loaded part whose code can be fetched before it is first rendered. Once `preload()` has
 * resolved, `Part` renders at once instead of suspending: a part that suspends shows its fallback,
 * and React then holds back revealing it for up to 300 ms. Where the code failed to load, `Part`
 * tries again when rendered and throws the failure for an error boundary.
 */
export function preloadablePart<T extends LazyComponent>(
  load: () => Promise<{ default: T }>,
  target: EventTarget = globalThis,
) {
  let loaded: { default: T } | null = null;
  let request: Promise<{ default: T }> | null = null;
  const fetch = () =>
    (request ??= importUnlessLeaving(load, target).then(
      (module) => (loaded = module),
      (error: unknown) => {
        request = null;
        throw error;
      },
    ));
  // React's lazy reads a module that a thenable hands over synchronously without suspending.
  const now = (module: { default: T }) => ({ then: (resolve: (m: { default: T }) => void) => resolve(module) });
  const Part = lazy(() => (loaded ? (now(loaded) as unknown as Promise<{ default: T }>) : fetch()));
  return { Part, preload: () => fetch().then(() => undefined) };
}
