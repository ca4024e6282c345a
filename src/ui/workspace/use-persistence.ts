import { useCallback, useEffect, useState } from 'react';
import { requestPersistence, storagePersistence, type Persistence } from '../../store/persistence';

/** The storage's persistence, and a way to ask for it (once there is work worth keeping). */
export function usePersistence(): { persistence: Persistence | null; ask: () => void } {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    let live = true;
    void storagePersistence().then(p => live && setPersistence(p));
    return () => {
      live = false;
    };
  }, []);
  const ask = useCallback(() => {
    if (persistence === 'best-effort') void requestPersistence().then(setPersistence);
  }, [persistence]);
  return { persistence, ask };
}
