import type { MergeCategory } from '../../model/desk/merge-plan';
import type { MergePreview } from '../../store/merge-file';
import { ModalDialog } from '../common/ModalDialog';

interface Props {
  preview: MergePreview;
  onAnswer: (merge: boolean) => void;
}

/** The categories in the order shown, each with what it means for the reviewer. */
const CATEGORIES: { category: MergeCategory; title: string }[] = [
  { category: 'added', title: 'Added (only in the file)' },
  { category: 'fast-forward', title: 'Newer on one side (the newer copy is kept)' },
  { category: 'conflicting', title: 'Changed on both sides (merged, listed in Curation)' },
  { category: 'deleted', title: 'Deleted' },
  { category: 'unchanged', title: 'Unchanged' },
];

/** Shown at most per category: the counts say the rest. */
const SHOWN = 50;

const whose = (category: MergeCategory, side: 'here' | 'theirs' | undefined) =>
  category === 'fast-forward'
    ? side === 'theirs'
      ? ' — the file’s copy'
      : ' — the copy here'
    : category === 'deleted'
      ? side === 'theirs'
        ? ' — deleted in the file'
        : ' — stays deleted here'
      : '';

/**
 * What merging a file into the article here will do, before anything is
 * written: each category with its annotations. Merge writes it in one
 * transaction; Cancel (which has the focus) changes nothing.
 */
export function MergePreviewDialog({ preview, onAnswer }: Props) {
  return (
    <ModalDialog labelledBy="merge-title" wide onCancel={() => onAnswer(false)}>
      <h2 id="merge-title">Merge into “{preview.title}”?</h2>
      {CATEGORIES.map(({ category, title }) => {
        const items = preview.items.filter(i => i.category === category);
        return (
          <section key={category} aria-label={title} className="merge-preview-category">
            <h3>
              {title}: {items.length}
            </h3>
            {items.length > 0 && category !== 'unchanged' && (
              <ul>
                {items.slice(0, SHOWN).map((item, i) => (
                  <li key={i}>
                    “{item.exact}”{whose(category, item.side)}
                  </li>
                ))}
                {items.length > SHOWN && <li>and {items.length - SHOWN} more</li>}
              </ul>
            )}
          </section>
        );
      })}
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={() => onAnswer(true)}>
          Merge
        </button>
        <button type="button" className="button" autoFocus onClick={() => onAnswer(false)}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
