import { annotationLabel } from './labels';
import { stepThrough } from './review-progress';
import type { TextOffset } from './offsets';
import type { Annotation } from './types';
import type { VerdictScale } from './verdict-scale';
import { shorten } from './white-space';

export interface StepRequest {
  /** 1: the next annotation (n), -1: the previous one (p). */
  direction: 1 | -1;
  /** Only open annotations (Shift+n, Shift+p). */
  onlyOpen: boolean;
  /** The annotation the reviewer is on, if any; else they go from `caret`. */
  currentId: string | null;
  caret: TextOffset;
  scale: VerdictScale;
}

/**
 * Where n or p takes the reviewer among `listed` (the sidebar's annotations,
 * in reading order; see `stepThrough`), and what a screen reader is told:
 * "2 of 5: Claim · False. “…”", or why nothing moved.
 */
export function reviewStep(
  listed: readonly Annotation[],
  { direction, onlyOpen, currentId, caret, scale }: StepRequest,
): { to?: Annotation; message: string } {
  const pool = onlyOpen ? listed.filter(a => a.status === 'open') : listed;
  const next = stepThrough(
    pool.map(a => ({ id: a.id, start: a.target.start })),
    currentId,
    caret,
    direction,
  );
  const which = onlyOpen ? 'open annotations' : 'annotations';
  if (!next) {
    if (pool.length === 0) return { message: `No ${which}.` };
    return {
      message:
        direction === 1 ? `No more ${which} after this one.` : `No ${which} before this one.`,
    };
  }
  const to = pool.find(x => x.id === next.id) as Annotation;
  const where = `${pool.indexOf(to) + 1} of ${pool.length}`;
  return {
    to,
    message: `${where}: ${annotationLabel(to, scale)}. “${shorten(to.target.exact, 90)}”`,
  };
}
