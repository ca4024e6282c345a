import type { CSSProperties } from 'react';
import type { Annotation, AnnotationKind, AnnotationStatus, SourceStance } from '../../model/types';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';

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

/** Colour values we let into a style attribute. */
const SAFE_COLOR = /^#[0-9a-f]{3,8}$/i;

/** The CSS classes and verdict colour that draw an annotation (and its sidebar swatch). */
export function highlightLook(
  a: Pick<Annotation, 'kind' | 'verdict'>,
  scale: VerdictScale,
): { className: string; color?: string } {
  if (a.kind !== 'claim') return { className: `fm-kind-${a.kind}` };
  const index = a.verdict === undefined ? -1 : scale.findIndex(v => v.id === a.verdict);
  const verdict = scale[index];
  if (!verdict) return { className: 'fm-kind-claim fm-unrated' };
  return {
    className: `fm-kind-claim fm-cue-${index}`,
    ...(SAFE_COLOR.test(verdict.color) && { color: verdict.color }),
  };
}

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

/** A quote cut to about `max` characters at a word boundary. */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/** The inline style that gives a highlight or swatch its verdict colour. */
export function colorStyle(color: string | undefined): CSSProperties | undefined {
  return color ? ({ '--fm-c': color } as CSSProperties) : undefined;
}
