import { useCallback, useEffect, useState } from 'react';
import { loadDepositRecord } from '../data/dataset';
import type { Deposit } from '../data/schema';

export type RecordState = { status: 'loading' } | { status: 'ready'; record: Deposit } | { status: 'error' };

/** Loads a deposit's full record; `retry` tries again after a failed load. */
export function useDepositRecord(id: string): [RecordState, () => void] {
  const [state, setState] = useState<RecordState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadDepositRecord(id).then(
      (record) => live && setState({ status: 'ready', record }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
