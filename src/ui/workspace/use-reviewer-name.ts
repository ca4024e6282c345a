import { useCallback, useRef } from 'react';
import { REVIEWER_NAME, setSetting } from '../../store/settings';
import { useLatest } from '../common/use-latest';
import { useSetting } from '../common/use-setting';

/**
 * The reviewer's name, asked for before their first annotation: what needed
 * it waits (`withReviewer`) while `showDialog(true)` asks, and goes on once
 * the name is given (`answer`); `cancel` drops it. The callbacks stay the
 * same objects as long as `showDialog` does.
 */
export function useReviewerName(showDialog: (show: boolean) => void) {
  const reviewer = useSetting<string>(REVIEWER_NAME)?.value;
  const current = useLatest(reviewer);
  const waiting = useRef<((name: string) => void) | null>(null);

  const withReviewer = useCallback(
    (then: (name: string) => void) => {
      const name = current.current;
      if (name) return then(name);
      waiting.current = then;
      showDialog(true);
    },
    [current, showDialog],
  );
  const answer = useCallback(
    async (name: string) => {
      await setSetting(REVIEWER_NAME, name);
      showDialog(false);
      const then = waiting.current;
      waiting.current = null;
      then?.(name);
    },
    [showDialog],
  );
  const cancel = useCallback(() => {
    waiting.current = null;
    showDialog(false);
  }, [showDialog]);
  return { reviewer, withReviewer, answer, cancel };
}
