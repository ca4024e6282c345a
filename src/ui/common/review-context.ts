import { createContext, useContext } from 'react';
import type { Reviewer } from '../../model/desk/reviewer';
import type { VerdictScale } from '../../model/verdict-scale';
import type { NoticeMessage } from './notice-message';

/**
 * What the features of a workspace share, with callbacks that stay the same
 * object: the article's id, the verdict scale, the reviewer, and the ways to
 * tell the reviewer something. The workspace provides it (`ReviewContext`).
 */
export interface Review {
  articleId: string;
  scale: VerdictScale;
  /** The reviewer's name; undefined until they give it. */
  reviewer: string | undefined;
  /** The reviewer, id and name; undefined until they give a name. */
  who: Reviewer | undefined;
  /** Goes on with the reviewer, asking for their name first when none is stored. */
  withReviewer: (then: (who: Reviewer) => void) => void;
  /** Says something to screen-reader users, politely. */
  announce: (text: string) => void;
  /** Shows a message that outlives a switch of article. */
  notify: (notice: NoticeMessage) => void;
  /** Asks the browser to keep the data: called on the first write. */
  keepData: () => void;
}

export const ReviewContext = createContext<Review | null>(null);

/** The `Review` of the workspace around; throws outside one (a programming error). */
export function useReview(): Review {
  const review = useContext(ReviewContext);
  if (!review) throw new Error('useReview is used outside a workspace');
  return review;
}
