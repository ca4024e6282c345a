import { useEffect, useState } from 'react';
import { ACTIVITY } from './spotting-policy';

/**
 * Becomes true once the reviewer has neither scrolled, typed nor clicked for
 * `ms` while `watching`, and stays true until `key` changes: a background
 * task that takes a core for seconds starts in a pause, not under the
 * reviewer's hands, and is not stopped when they resume.
 */
export function useQuietFor(ms: number, watching: boolean, key: string): boolean {
  const [quiet, setQuiet] = useState<string | null>(null);
  const done = quiet === key;
  useEffect(() => {
    if (!watching || done) return;
    let timer = setTimeout(() => setQuiet(key), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setQuiet(key), ms);
    };
    for (const type of ACTIVITY) document.addEventListener(type, restart, true);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart, true);
    };
  }, [ms, watching, done, key]);
  return done;
}
