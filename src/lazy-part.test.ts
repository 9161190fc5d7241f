import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement, Suspense, type ElementType } from 'react';
import { renderToString } from 'react-dom/server';
import { importUnlessLeaving, LEAVE_GRACE_MS, preloadablePart } from './lazy-part';

/** Settles to what the promise did, or 'pending' once every timer and microtask so far has run. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  let result = 'pending';
  promise.then(
    () => (result = 'resolved'),
    (e: unknown) => (result = `rejected: ${String(e)}`),
  );
  await vi.runAllTimersAsync();
  return result;
}

/**
 * An import in flight on a page of its own: `fail()` rejects it as Firefox does an aborted one, and
 * `emit(name)` fires the page's beforeunload or pagehide.
 */
function importInFlight() {
  const page = new EventTarget();
  let reject!: (e: Error) => void;
  const load = () => new Promise<never>((_, r) => (reject = r));
  return {
    promise: importUnlessLeaving(load, page),
    fail: () => reject(new TypeError('error loading dynamically imported module')),
    emit: (name: 'beforeunload' | 'pagehide') => page.dispatchEvent(new Event(name)),
  };
}

describe('importUnlessLeaving', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes a loaded module through', async () => {
    expect(await outcome(importUnlessLeaving(() => Promise.resolve({ default: 1 }), new EventTarget()))).toBe(
      'resolved',
    );
  });

  it('rejects a real failure, so that it can be shown', async () => {
    const { promise, fail } = importInFlight();
    fail();
    expect(await outcome(promise)).toBe('rejected: TypeError: error loading dynamically imported module');
  });

  it('stays pending when the import is aborted because the page is being left', async () => {
    const { promise, fail, emit } = importInFlight();
    // The order Firefox gives: beforeunload, the aborted import, then pagehide.
    emit('beforeunload');
    fail();
    await Promise.resolve();
    emit('pagehide');
    expect(await outcome(promise)).toBe('pending');
  });

  it('stays pending when the page was already hidden as the import failed', async () => {
    const { promise, fail, emit } = importInFlight();
    emit('pagehide');
    fail();
    expect(await outcome(promise)).toBe('pending');
  });

  it('rejects after all when a navigation was announced but the page stayed', async () => {
    const { promise, fail, emit } = importInFlight();
    emit('beforeunload');
    fail();
    let settled = false;
    promise.catch(() => (settled = true));
    await vi.advanceTimersByTimeAsync(LEAVE_GRACE_MS - 1);
    expect(settled).toBe(false);
    expect(await outcome(promise)).toMatch(/^rejected/);
  });
});

describe('preloadablePart', () => {
  const part = () =>
    preloadablePart(
      () => Promise.resolve({ default: ({ name }: { name: string }) => createElement('p', null, name) }),
      new EventTarget(),
    );
  const render = (Part: ElementType<{ name: string }>) =>
    renderToString(createElement(Suspense, { fallback: 'waiting' }, createElement(Part, { name: 'the map' })));

  it('renders at once, without suspending, once preloaded', async () => {
    const { Part, preload } = part();
    await preload();
    // A resolved boundary: its content, and no fallback.
    expect(render(Part)).toBe('<!--$--><p>the map</p><!--/$-->');
  });

  it('suspends (shows its fallback) when rendered before its code has arrived', () => {
    // The boundary switched to its fallback, the content not rendered.
    const html = render(part().Part);
    expect(html).toMatch(/^<!--\$!-->.*waiting<!--\/\$-->$/s);
    expect(html).not.toContain('the map');
  });

  it('loads again when rendered after a failed preload, and fails for the error boundary if it fails again', async () => {
    let calls = 0;
    const { Part, preload } = preloadablePart<(props: { name: string }) => null>(() => {
      calls++;
      return Promise.reject(new Error('offline'));
    }, new EventTarget());
    await expect(preload()).rejects.toThrow('offline');
    expect(render(Part)).toContain('waiting');
    expect(calls).toBe(2);
  });
});
