import { useCallback, useEffect, useState } from 'react';
import { loadDepositRecords, loadStatementRecords, loadTimeline } from '../data/dataset';
import type { Deposit, Statement, TimelineEvent } from '../data/schema';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

/** Loads a file of records with `load` (unless `skip`); `retry` fetches again after a failure. */
function useLoaded<T>(load: () => Promise<T>, skip: boolean): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [attempt, skip, load]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}

/** The full deposit records (unless `skip`). */
export function useDepositRecords(skip = false): [Loaded<Deposit[]>, () => void] {
  return useLoaded(loadDepositRecords, skip);
}

/** The full statement records (unless `skip`). */
export function useStatementRecords(skip = false): [Loaded<Statement[]>, () => void] {
  return useLoaded(loadStatementRecords, skip);
}

/** The timeline's events, oldest first (unless `skip`). */
export function useTimeline(skip = false): [Loaded<TimelineEvent[]>, () => void] {
  return useLoaded(loadTimeline, skip);
}
