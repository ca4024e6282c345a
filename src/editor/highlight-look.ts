import type { Annotation } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';

/** How a highlight is drawn: CSS classes for its kind and place on the scale, and its colour. */
export interface HighlightLook {
  className: string;
  color?: string;
}

/** Colour values we let into a style attribute. */
const SAFE_COLOR = /^#[0-9a-f]{3,8}$/i;

/** The CSS classes and verdict colour that draw an annotation (and its sidebar swatch). */
export function highlightLook(
  a: Pick<Annotation, 'kind' | 'verdict'>,
  scale: VerdictScale,
): HighlightLook {
  if (a.kind !== 'claim') return { className: `fm-kind-${a.kind}` };
  const index = a.verdict === undefined ? -1 : scale.findIndex(v => v.id === a.verdict);
  const verdict = scale[index];
  if (!verdict) return { className: 'fm-kind-claim fm-unrated' };
  return {
    // the verdict's own line style; a scale that skipped the gate falls back to the place
    className: `fm-kind-claim fm-cue-${verdict.cue ?? index}`,
    ...(SAFE_COLOR.test(verdict.color) && { color: verdict.color }),
  };
}
