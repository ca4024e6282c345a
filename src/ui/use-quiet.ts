import { useEffect, useState } from 'react';

/** What counts as the reviewer at work: scrolling, typing, pointing. */
const ACTIVITY = ['scroll', 'wheel', 'keydown', 'pointerdown'] as const;

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
