import type { SameClaim } from '../../model/desk/same-claim';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';
import { shorten } from '../../model/white-space';
import { EntryButton } from './EntryButton';

interface Props {
  item: SameClaim;
  scale: VerdictScale;
  onOpen: (id: string) => void;
}

/**
 * In a claim's entry, when several reviewers assessed or annotated it: each
 * reviewer's verdict (and note), and the other reviewers' annotations of the
 * same passage, each with its note and a button to edit it. Nothing when the
 * claim is one reviewer's alone.
 */
export function ClaimAssessments({ item, scale, onOpen }: Props) {
  const others = item.members.slice(1);
  if (others.length === 0 && item.assessments.length < 2) return null;
  return (
    <div className="item-assessments">
      {item.assessments.length > 0 && (
        <p>
          <span className="visually-hidden">Assessments: </span>
          {item.assessments.map((x, i) => (
            <span key={x.reviewer.id} className="item-assessment">
              {i > 0 && '; '}
              <bdi>{x.reviewer.name || 'unnamed reviewer'}</bdi>:{' '}
              {findVerdict(scale, x.verdict)?.label ?? x.verdict}
              {x.note && <> ({shorten(x.note, 80)})</>}
            </span>
          ))}
        </p>
      )}
      {others.map(m => (
        <div key={m.id} className="item-also">
          <p>
            Also annotated by <bdi>{m.creator || 'an unnamed reviewer'}</bdi>
            {m.note && <>: {shorten(m.note, 140)}</>}
          </p>
          <EntryButton
            onClick={() => onOpen(m.id)}
            which={`${m.creator}’s annotation “${shorten(m.target.exact, 40)}”`}
          >
            Edit
          </EntryButton>
        </div>
      ))}
    </div>
  );
}
