import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef } from 'react';
import { readReviewer, type Reviewer } from '../../model/desk/reviewer';
import { setReviewerName } from '../../store/reviewer-store';
import { getSetting, REVIEWER, REVIEWER_NAME } from '../../store/settings';
import { useLatest } from '../common/use-latest';

/**
 * This browser's reviewer `{ id, name }`, live; undefined before they gave a
 * name. A name stored by an older build reads as the reviewer derived from it
 * (`readReviewer`), which the store keeps once the name is next given.
 */
function useReviewer(): Reviewer | undefined {
  return useLiveQuery(async () => {
    const stored = readReviewer(await getSetting(REVIEWER));
    return stored ?? readReviewer(await getSetting(REVIEWER_NAME)) ?? undefined;
  }, []);
}

/**
 * The reviewer, asked for before their first annotation: what needed them
 * waits (`withReviewer`) while `showDialog(true)` asks, and goes on once the
 * name is given (`answer`); `cancel` drops it. `rename` asks again, to change
 * the name (the id stays). The callbacks stay the same objects as long as
 * `showDialog` does.
 */
export function useReviewerName(showDialog: (show: boolean) => void) {
  const who = useReviewer();
  const current = useLatest(who);
  const waiting = useRef<((who: Reviewer) => void) | null>(null);

  const withReviewer = useCallback(
    (then: (who: Reviewer) => void) => {
      const known = current.current;
      if (known) return then(known);
      waiting.current = then;
      showDialog(true);
    },
    [current, showDialog],
  );
  const answer = useCallback(
    async (name: string) => {
      const reviewer = await setReviewerName(name);
      showDialog(false);
      const then = waiting.current;
      waiting.current = null;
      then?.(reviewer);
    },
    [showDialog],
  );
  const cancel = useCallback(() => {
    waiting.current = null;
    showDialog(false);
  }, [showDialog]);
  const rename = useCallback(() => showDialog(true), [showDialog]);
  return { reviewer: who?.name, who, withReviewer, answer, cancel, rename };
}
