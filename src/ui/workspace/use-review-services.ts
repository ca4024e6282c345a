import { useCallback, useMemo, useState } from 'react';
import type { VerdictScale } from '../../model/verdict-scale';
import type { NoticeMessage } from '../common/notice-message';
import type { Review } from '../common/review-context';
import { usePersistence } from './use-persistence';
import { useReviewerName } from './use-reviewer-name';

/**
 * The `Review` a workspace gives its features (see `ReviewContext`), the
 * same object until the article, the scale, the reviewer or the storage's
 * persistence changes; with what the workspace shows of it: the persistence,
 * the last announcement, and the reviewer-name dialog's answers.
 */
export function useReviewServices(
  articleId: string,
  scale: VerdictScale,
  notify: (notice: NoticeMessage) => void,
  /** Shows or hides the dialog that asks for the reviewer's name. */
  showNameDialog: (show: boolean) => void,
) {
  const name = useReviewerName(showNameDialog);
  const { persistence, ask: keepData } = usePersistence();
  const [announced, setAnnounced] = useState<{ text: string } | null>(null);
  const announce = useCallback((text: string) => setAnnounced({ text }), []);
  const { reviewer, who, withReviewer } = name;
  const review: Review = useMemo(
    () => ({ articleId, scale, reviewer, who, withReviewer, announce, notify, keepData }),
    [articleId, scale, reviewer, who, withReviewer, announce, notify, keepData],
  );
  return { review, persistence, announced, name };
}
