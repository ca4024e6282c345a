import { useEffect, useRef } from 'react';
import type { ImportPlan } from '../store/import-plan';
import type { ReplaceChoice } from './import-file';
import { ModalDialog } from './ModalDialog';

interface Props {
  plan: ImportPlan;
  onAnswer: (choice: ReplaceChoice) => void;
}

const annotations = (n: number) => (n === 1 ? '1 annotation' : `${n} annotations`);

/** What would happen to the annotations here, in a sentence. */
export function whatWouldMove(plan: ImportPlan): string {
  const landing = [
    plan.anchored > 0 && `${plan.anchored} will be found as they are`,
    plan.fuzzy > 0 && `${plan.fuzzy} only approximately (to confirm)`,
    plan.orphaned > 0 &&
      `${plan.orphaned} may be orphaned (kept under “Needs re-anchoring” to place again)`,
  ].filter(Boolean);
  return `Replacing it moves the ${annotations(plan.moving)} here onto the file’s text: ${landing.join(', ')}. The text here stays in the library as the earlier version.`;
}

/**
 * Asks before an import replaces the text of an article with annotations:
 * replace it (they move, re-anchored), import the file as an article of its
 * own, or cancel. Cancel has the focus, so Enter does no harm.
 */
export function ReplaceTextDialog({ plan, onAnswer }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <ModalDialog
      role="alertdialog"
      labelledBy="replace-text-title"
      describedBy="replace-text-message"
      onCancel={() => onAnswer('cancel')}
    >
      <h2 id="replace-text-title">Replace the text of “{plan.replacedTitle ?? plan.title}”?</h2>
      <div id="replace-text-message">
        <p>The file holds another text under the id of this article.</p>
        <p>{whatWouldMove(plan)}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--danger" onClick={() => onAnswer('replace')}>
          Replace the text
        </button>
        <button type="button" className="button" onClick={() => onAnswer('separate')}>
          Import as a separate article
        </button>
        <button ref={cancel} type="button" className="button" onClick={() => onAnswer('cancel')}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
