import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { annotationLabel } from '../../model/labels';
import { shorten } from '../../model/white-space';

interface Props {
  orphans: readonly Annotation[];
  scale: VerdictScale;
  canReattach: boolean;
  onReattach: (id: string) => void;
  onDelete: (id: string) => void;
}

/** Annotations whose quote is no longer in the text: kept until the reviewer re-attaches or deletes them. */
export function NeedsReanchoring({ orphans, scale, canReattach, onReattach, onDelete }: Props) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title" className="sidebar-title">
        Needs re-anchoring <span className="count count--warning">{orphans.length}</span>
      </h2>
      <p className="muted">
        Their quotes were not found in this text. Select where each belongs, then choose Re-attach.
      </p>
      <ul className="annotation-list" aria-label="Annotations that need re-anchoring">
        {orphans.map(a => (
          <li key={a.id} className="annotation-item annotation-item--orphan">
            <q className="item-quote">{shorten(a.target.exact)}</q>
            <p className="item-meta">{annotationLabel(a, scale)}</p>
            <div className="item-actions">
              <button
                type="button"
                className="button button--small"
                disabled={!canReattach}
                title={
                  canReattach ? 'Attach to the selected text' : 'Select text in the article first'
                }
                onMouseDown={e => e.preventDefault()}
                onClick={() => onReattach(a.id)}
              >
                Re-attach to selection
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => onDelete(a.id)}
              >
                Delete
                <span className="visually-hidden">
                  {' '}
                  orphaned annotation “{shorten(a.target.exact, 40)}”
                </span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
