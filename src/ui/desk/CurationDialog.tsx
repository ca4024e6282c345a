import { useMemo, useState } from 'react';
import { claimUnits } from '../../model/agreement/claim-units';
import { curationItems, type CurationItem, type CurationReason } from '../../model/desk/curation';
import type { Annotation } from '../../model/types';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';
import { ModalDialog } from '../common/ModalDialog';
import { after, type Problem } from '../common/problem';
import { ProblemText } from '../common/ProblemText';
import { writeProblem } from '../common/storage-errors';

/** One decision of the curator: the verdict of a claim's annotations, and the assessments it settles. */
export interface Decision {
  ids: string[];
  verdict: string;
  settles: string[];
}

interface Props {
  /** The article's annotations. */
  annotations: readonly Annotation[];
  scale: VerdictScale;
  /** Stores decisions; rejects if they could not be stored (the dialog says so). */
  onDecide: (decisions: Decision[]) => Promise<void>;
  onClose: () => void;
}

const REASONS: Record<CurationReason, string> = {
  disagree: 'Reviewers disagree',
  'partly-flagged': 'Not every reviewer flagged it',
  conflict: 'Merge conflict',
};

const decisionOf = (item: CurationItem, verdict: string): Decision => ({
  ids: item.unit.members.map(m => m.id),
  verdict,
  settles: item.unit.assessments.map(a => a.reviewer.id),
});

/**
 * The Curation view: every claim of the article that waits for a decision,
 * in reading order, with each side's verdict, note and sources; the curator
 * picks a verdict (arrow keys move between them) and decides. Claims all
 * reviewers agree on are listed apart and accepted in one step.
 */
export function CurationDialog({ annotations, scale, onDecide, onClose }: Props) {
  const { open, agreeing } = useMemo(
    () => curationItems(claimUnits(annotations.filter(a => a.kind === 'claim'))),
    [annotations],
  );
  const [error, setError] = useState<Problem | null>(null);
  const label = (id: string) => findVerdict(scale, id)?.label ?? id;
  const decideAll = (decisions: Decision[]) =>
    onDecide(decisions).then(
      () => setError(null),
      (e: unknown) => setError(after('The decision was not stored.', writeProblem(e))),
    );

  return (
    <ModalDialog labelledBy="curation-title" wide onCancel={onClose}>
      <h2 id="curation-title">Curation</h2>
      {error && <ProblemText problem={error} />}
      <p>
        {open.length === 0
          ? 'Nothing waits for a decision.'
          : `${open.length} claim${open.length === 1 ? '' : 's'} wait${open.length === 1 ? 's' : ''} for a decision.`}
      </p>
      <ol className="curation-list">
        {open.map(item => (
          <li key={item.unit.members[0]?.id}>
            <CurationEntry
              item={item}
              scale={scale}
              label={label}
              onDecide={v => decideAll([decisionOf(item, v)])}
            />
          </li>
        ))}
      </ol>
      {agreeing.length > 0 && (
        <section aria-labelledby="curation-agreeing">
          <h3 id="curation-agreeing">Every reviewer agrees ({agreeing.length})</h3>
          <ul>
            {agreeing.map(item => (
              <li key={item.unit.members[0]?.id}>
                “{item.unit.members[0]?.target.exact}”: {label(item.agreed ?? '')}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => decideAll(agreeing.map(i => decisionOf(i, i.agreed ?? '')))}
          >
            Accept the {agreeing.length} agreed verdict{agreeing.length === 1 ? '' : 's'}
          </button>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

interface EntryProps {
  item: CurationItem;
  scale: VerdictScale;
  label: (id: string) => string;
  onDecide: (verdict: string) => void;
}

/** One claim waiting for a decision: who said what, and the choice of verdict. */
function CurationEntry({ item, scale, label, onDecide }: EntryProps) {
  const { unit, reasons } = item;
  const first = unit.members[0];
  const current = first?.verdict ?? unit.assessments[0]?.verdict ?? '';
  const [choice, setChoice] = useState(current);
  const name = `decision-${first?.id}`;
  const conflict = unit.members.find(m => m.conflict)?.conflict;
  return (
    <article className="curation-entry" aria-label={`“${first?.target.exact ?? ''}”`}>
      <blockquote>{first?.target.exact}</blockquote>
      <p className="curation-reasons">{reasons.map(r => REASONS[r]).join(' · ')}</p>
      {conflict?.deleted && (
        <p>
          Deleted by {conflict.deleted.by || 'a reviewer'} while it was changed elsewhere; the
          changes are kept here.
        </p>
      )}
      <ul className="curation-sides">
        {unit.assessments.map(a => (
          <li key={a.reviewer.id}>
            <strong>{a.reviewer.name || 'Unnamed reviewer'}</strong>: {label(a.verdict)}
            {a.note && <> — {a.note}</>}
          </li>
        ))}
        {unit.members.map(m => (
          <li key={m.id}>
            Annotation by {m.creator || 'an unnamed reviewer'}
            {m.verdict !== undefined && <>, decision {label(m.verdict)}</>}
            {m.note && <>: “{m.note}”</>}
            {m.sources.length > 0 && (
              <ul>
                {m.sources.map(s => (
                  <li key={s.url}>
                    {s.stance}: {s.title ?? s.url}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>Decision</legend>
        {scale.map(v => (
          <label key={v.id} className="curation-choice">
            <input
              type="radio"
              name={name}
              value={v.id}
              checked={choice === v.id}
              onChange={() => setChoice(v.id)}
            />{' '}
            {v.label}
          </label>
        ))}
        <button
          type="button"
          className="button button--primary"
          disabled={!choice}
          onClick={() => onDecide(choice)}
        >
          Decide
        </button>
      </fieldset>
    </article>
  );
}
