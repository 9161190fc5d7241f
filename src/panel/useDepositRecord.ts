import { useCallback, useEffect, useState } from 'react';
import { loadDepositRecords } from '../data/dataset';
import type { Deposit } from '../data/schema';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

/** Loads the full deposit records (unless `skip`); `retry` fetches again after a failure. */
export function useDepositRecords(skip = false): [Loaded<Deposit[]>, () => void] {
  const [state, setState] = useState<Loaded<Deposit[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState({ status: 'loading' });
    loadDepositRecords().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [attempt, skip]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
