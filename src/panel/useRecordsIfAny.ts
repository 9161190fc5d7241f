import type { Deposit } from '../data/schema';
import { useStaticLinks } from '../ui/LinkMode';
import { useDepositRecords } from './useDepositRecord';

/**
 * The full deposit records once they arrive, else null. The app fetches them when an area is
 * opened; the prerendered page does without (it names the deposits, and its statements carry
 * their sources), which keeps it light.
 */
export function useRecordsIfAny(): Deposit[] | null {
  const isStatic = useStaticLinks();
  const [state] = useDepositRecords(isStatic);
  return state.status === 'ready' ? state.value : null;
}
