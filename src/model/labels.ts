import type { Annotation, AnnotationKind, AnnotationStatus, SourceStance } from './types';
import { findVerdict, type VerdictScale } from './verdict-scale';

// The words the app, its reports and its exports use for the kinds, statuses and stances.

export const KIND_LABELS: Record<AnnotationKind, string> = {
  claim: 'Claim',
  correction: 'Correction',
  comment: 'Comment',
};

export const STATUS_LABELS: Record<AnnotationStatus, string> = {
  open: 'Open',
  checked: 'Checked',
};

export const STANCE_LABELS: Record<SourceStance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

/** "Claim · False", "Correction → Robert Habeck", "Claim · no verdict yet". */
export function annotationLabel(
  a: Pick<Annotation, 'kind' | 'verdict' | 'correction'>,
  scale: VerdictScale,
): string {
  if (a.kind === 'claim')
    return `Claim · ${findVerdict(scale, a.verdict)?.label ?? 'no verdict yet'}`;
  if (a.kind === 'correction') return `Correction → ${a.correction ?? ''}`;
  return 'Comment';
}
