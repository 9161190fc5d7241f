import { afterEach, describe, expect, it, vi } from 'vitest';
import { importUnlessLeaving, LEAVE_GRACE_MS } from './lazy-part';

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

function failingImport() {
  let fail!: (e: Error) => void;
  const load = () => new Promise<never>((_, reject) => (fail = reject));
  return { load, fail: () => fail(new TypeError('error loading dynamically imported module')) };
}

describe('importUnlessLeaving', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes a loaded module through', async () => {
    vi.useFakeTimers();
    expect(await outcome(importUnlessLeaving(() => Promise.resolve({ default: 1 }), new EventTarget()))).toBe(
      'resolved',
    );
  });

  it('rejects a real failure, so that it can be shown', async () => {
    vi.useFakeTimers();
    const { load, fail } = failingImport();
    const p = importUnlessLeaving(load, new EventTarget());
    fail();
    expect(await outcome(p)).toBe('rejected: TypeError: error loading dynamically imported module');
  });

  it('stays pending when the import is aborted because the page is being left', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const { load, fail } = failingImport();
    const p = importUnlessLeaving(load, page);
    // The order Firefox gives: beforeunload, the aborted import, then pagehide.
    page.dispatchEvent(new Event('beforeunload'));
    fail();
    await Promise.resolve();
    page.dispatchEvent(new Event('pagehide'));
    expect(await outcome(p)).toBe('pending');
  });

  it('stays pending when the page was already hidden as the import failed', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const { load, fail } = failingImport();
    const p = importUnlessLeaving(load, page);
    page.dispatchEvent(new Event('pagehide'));
    fail();
    expect(await outcome(p)).toBe('pending');
  });

  it('rejects after all when a navigation was announced but the page stayed', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const { load, fail } = failingImport();
    const p = importUnlessLeaving(load, page);
    page.dispatchEvent(new Event('beforeunload'));
    fail();
    let settled = false;
    p.catch(() => (settled = true));
    await vi.advanceTimersByTimeAsync(LEAVE_GRACE_MS - 1);
    expect(settled).toBe(false);
    expect(await outcome(p)).toMatch(/^rejected/);
  });
});
