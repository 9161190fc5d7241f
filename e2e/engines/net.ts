/** Ports and readiness for the servers the engine tests start. */
import { createServer } from 'node:net';

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once the URL answers at all; rejects after `timeoutMs`. Polls: there is no event to wait on. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
