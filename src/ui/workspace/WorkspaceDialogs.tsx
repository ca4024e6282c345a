import type { Annotation } from '../../model/types';
import { useReview } from '../common/review-context';
import { AgreementDialog } from '../desk/AgreementDialog';
import { CurationDialog } from '../desk/CurationDialog';
import { decideClaims } from '../../store/curation-store';
import { ScaleSettings } from '../scale/ScaleSettings';
import { ReferenceNamesDialog } from '../suggestions/ReferenceNamesDialog';
import type { ClaimReviewChoice } from '../transfer/claim-review-choice';
import { ClaimReviewExport } from '../transfer/ClaimReviewExport';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { ShortcutsDialog } from './ShortcutsDialog';

/** The workspace's dialogs: one at a time, each modal. */
export type WorkspaceDialog =
  | 'reviewer-name'
  | 'shortcuts'
  | 'verdict-scale'
  | 'reference-names'
  | 'claim-review'
  | 'curation'
  | 'agreement';

interface Props {
  open: WorkspaceDialog | null;
  onClose: () => void;
  /** The reviewer-name dialog's answers (`useReviewerName`). */
  name: { answer: (name: string) => void; cancel: () => void };
  articleId: string;
  /** Every annotation of the article, counted by the ClaimReview dialog. */
  annotations: readonly Annotation[];
  onExportClaimReview: (choice: ClaimReviewChoice) => void;
}

/** The open dialog of the workspace, if any. */
export function WorkspaceDialogs(props: Props) {
  const { open, onClose, name, articleId, annotations, onExportClaimReview } = props;
  const { scale, reviewer, withReviewer } = useReview();
  switch (open) {
    case 'reviewer-name':
      return (
        <ReviewerNameDialog
          initial={reviewer ?? ''}
          onSubmit={name.answer}
          onCancel={name.cancel}
        />
      );
    case 'curation':
      return (
        <CurationDialog
          annotations={annotations}
          scale={scale}
          onDecide={decisions =>
            new Promise<void>((resolve, reject) =>
              withReviewer(curator =>
                decideClaims(decisions, curator).then(() => resolve(), reject),
              ),
            )
          }
          onClose={onClose}
        />
      );
    case 'agreement':
      return <AgreementDialog annotations={annotations} scale={scale} onClose={onClose} />;
    case 'claim-review':
      return (
        <ClaimReviewExport
          articleId={articleId}
          annotations={annotations}
          scale={scale}
          defaultAuthor={reviewer ?? ''}
          onExport={onExportClaimReview}
          onClose={onClose}
        />
      );
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
    case 'reference-names':
      return <ReferenceNamesDialog onClose={onClose} />;
    case 'verdict-scale':
      return <ScaleSettings scale={scale} onClose={onClose} />;
    case null:
      return null;
  }
}
