import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import {
  claimReviewTextsKey,
  keepClaimReviewTexts,
  parseClaimReviewTexts,
} from '../../store/claim-review-texts';
import { useSetting } from '../common/use-setting';
import type { ClaimReviewChoice } from './claim-review-choice';
import { ClaimReviewDialog } from './ClaimReviewDialog';

interface Props {
  articleId: string;
  annotations: readonly Annotation[];
  scale: VerdictScale;
  defaultAuthor: string;
  onExport: (choice: ClaimReviewChoice) => void;
  onClose: () => void;
}

/**
 * The ClaimReview dialog with the wording the reviewer wrote for this
 * article's reviews before: shown once that is read, and kept again when
 * the dialog closes, exported or not, so nothing typed there is lost.
 */
export function ClaimReviewExport({ articleId, onExport, onClose, ...rest }: Props) {
  const kept = useSetting<unknown>(claimReviewTextsKey(articleId));
  if (kept === undefined) return null;
  const keep = (texts: ClaimReviewChoice['texts']) => void keepClaimReviewTexts(articleId, texts);
  return (
    <ClaimReviewDialog
      {...rest}
      keptTexts={parseClaimReviewTexts(kept.value)}
      onExport={choice => {
        keep(choice.texts);
        onClose();
        onExport(choice);
      }}
      onCancel={texts => {
        keep(texts);
        onClose();
      }}
    />
  );
}
