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

/**
 * Runs a generator of steps in slices of about `budgetMs`, a task each (a timer's, so that input
 * and paints come between), then gives its result to `done`; returns a canceller.
 */
export function inSlices<T>(steps: Generator<void, T>, done: (value: T) => void, budgetMs = 4): () => void {
  let timer = 0;
  const slice = () => {
    const end = performance.now() + budgetMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return done(step.value);
      if (performance.now() >= end) break;
    }
    timer = window.setTimeout(slice);
  };
  timer = window.setTimeout(slice);
  return () => window.clearTimeout(timer);
}
