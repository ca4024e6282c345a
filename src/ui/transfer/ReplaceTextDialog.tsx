import type { ImportPlan } from '../../store/import-plan';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { annotationsText } from '../common/progress-words';
import type { ReplaceChoice } from './import-file';

interface Props {
  plan: ImportPlan;
  onAnswer: (choice: ReplaceChoice) => void;
}

/** What would happen to the annotations here, in a sentence. */
export function whatWouldMove(plan: ImportPlan): string {
  const landing = [
    plan.anchored > 0 && `${plan.anchored} will be found as they are`,
    plan.fuzzy > 0 && `${plan.fuzzy} only approximately (to confirm)`,
    plan.orphaned > 0 &&
      `${plan.orphaned} may be orphaned (kept under “Needs re-anchoring” to place again)`,
  ].filter(Boolean);
  return `Replacing it moves the ${annotationsText(plan.moving)} here onto the file’s text: ${landing.join(', ')}. The text here stays in the library as the earlier version.`;
}

/**
 * Asks before an import replaces the text of an article with annotations:
 * replace it (they move, re-anchored), import the file as an article of its
 * own, or cancel, which has the focus.
 */
export function ReplaceTextDialog({ plan, onAnswer }: Props) {
  return (
    <ConfirmDialog
      title={`Replace the text of “${plan.replacedTitle ?? plan.title}”?`}
      message={`The file holds another text under the id of this article. ${whatWouldMove(plan)}`}
      confirmLabel="Replace the text"
      onConfirm={() => onAnswer('replace')}
      alternative={{ label: 'Import as a separate article', onChoose: () => onAnswer('separate') }}
      onCancel={() => onAnswer('cancel')}
    />
  );
}
