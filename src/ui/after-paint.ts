/**
 * Runs `fn` in a task of its own after the next paint (a frame, then a timer), and returns a
 * canceller. The map starts in such steps, so that neither the page's first paint nor a reader's
 * input waits for all of it at once.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** Runs each of `steps` in a task of its own after a paint, in turn; returns a canceller. */
export function afterPaints(steps: (() => void)[]): () => void {
  let cancel = () => {};
  const next = (i: number) => {
    if (i < steps.length)
      cancel = afterNextPaint(() => {
        steps[i]!();
        next(i + 1);
      });
  };
  next(0);
  return () => cancel();
}
