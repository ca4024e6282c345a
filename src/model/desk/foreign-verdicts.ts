import type { Annotation, HistoryEntry } from '../types';
import type { MergeConflict } from './merge-conflict';
import {
  freeCues,
  MAX_LABEL_LENGTH,
  MAX_VERDICTS,
  validateScale,
  type Verdict,
  type VerdictScale,
} from '../verdict-scale';

/** A verdict a file uses that this browser's scale does not have. */
export interface ForeignVerdict {
  /** Its id in the file. */
  id: string;
  /** Its label as the file names it (the file's scale, else its verdict bodies), else its id. */
  label: string;
  /** The verdict as it would join this scale: the file's colour, rating and counting, when it carries them. */
  verdict: Verdict;
  /** How many of the file's annotations use it, as decision or assessment. */
  uses: number;
}

/** What to do with one foreign verdict: add it to this scale, or read it as one of this scale's. */
export type VerdictChoice = { add: true } | { mapTo: string };

/** A verdict's colour when the file carries none: the default scale's Unverifiable grey. */
const NO_COLOR = '#6b6480';

/** Every verdict id an annotation holds as decision, assessment or open conflict. */
function verdictsIn(a: Annotation): Set<string> {
  const ids = new Set<string>();
  if (a.verdict !== undefined) ids.add(a.verdict);
  for (const x of a.assessments ?? []) ids.add(x.verdict);
  for (const d of a.conflict?.decisions ?? []) if (d !== '') ids.add(d);
  return ids;
}

/**
 * The verdicts the annotations use that are not on `scale`, in the order of
 * the file's scale, then of first use; empty when every one is known. Each is
 * named as the file names it: `fileScale` (format 3), else `labels` (the
 * labels of the file's verdict bodies), else its id.
 */
export function foreignVerdicts(
  annotations: readonly Annotation[],
  scale: VerdictScale,
  fileScale: VerdictScale = [],
  labels: Readonly<Record<string, string>> = {},
): ForeignVerdict[] {
  const known = new Set(scale.map(v => v.id));
  const uses = new Map<string, number>();
  for (const a of annotations)
    for (const id of verdictsIn(a)) if (!known.has(id)) uses.set(id, (uses.get(id) ?? 0) + 1);
  const order = [...fileScale.map(v => v.id), ...uses.keys()];
  const ids = [...new Set(order)].filter(id => uses.has(id));
  return ids.map(id => {
    const carried = fileScale.find(v => v.id === id);
    const named = (carried?.label ?? labels[id] ?? '').trim().slice(0, MAX_LABEL_LENGTH);
    const label = named === '' ? id.slice(0, MAX_LABEL_LENGTH) : named;
    const verdict: Verdict = {
      id,
      label,
      ...(carried?.ratingValue !== undefined && { ratingValue: carried.ratingValue }),
      color: carried?.color ?? NO_COLOR,
      countsAsChecked: carried?.countsAsChecked ?? true,
    };
    return { id, label, verdict, uses: uses.get(id) ?? 0 };
  });
}

/**
 * The choice offered first for each foreign verdict: this scale's verdict of
 * the same label (a verdict renamed apart), else to add it while the scale has
 * room, else this scale's first verdict.
 */
export function proposedChoices(
  foreign: readonly ForeignVerdict[],
  scale: VerdictScale,
): Map<string, VerdictChoice> {
  let room = MAX_VERDICTS - scale.length;
  const choices = new Map<string, VerdictChoice>();
  for (const f of foreign) {
    const same = scale.find(v => v.label.toLowerCase() === f.label.toLowerCase());
    if (same) choices.set(f.id, { mapTo: same.id });
    else if (room-- > 0) choices.set(f.id, { add: true });
    else choices.set(f.id, { mapTo: (scale[0] as Verdict).id });
  }
  return choices;
}

/**
 * This scale with the verdicts chosen to be added, after its own, or the
 * first reason it cannot take them (too many, a label it already has). An
 * added verdict keeps its rating only where no verdict here has it, and gets
 * a line style of its own.
 */
export function scaleWithAdded(
  scale: VerdictScale,
  foreign: readonly ForeignVerdict[],
  choices: ReadonlyMap<string, VerdictChoice>,
): { ok: true; scale: VerdictScale } | { ok: false; message: string } {
  const next: Verdict[] = [...scale];
  for (const f of foreign) {
    if (!('add' in (choices.get(f.id) ?? { add: true }))) continue;
    const { ratingValue, ...rest } = f.verdict;
    const rated = ratingValue !== undefined && !next.some(v => v.ratingValue === ratingValue);
    const [cue] = freeCues(next);
    next.push({ ...rest, ...(rated && { ratingValue }), ...(cue !== undefined && { cue }) });
  }
  if (next.length > MAX_VERDICTS) {
    const room = MAX_VERDICTS - scale.length;
    return {
      ok: false,
      message: `Your scale has room for ${room} more verdict${room === 1 ? '' : 's'} (at most ${MAX_VERDICTS}): map the others to verdicts of yours.`,
    };
  }
  const [problem] = validateScale(next);
  return problem ? { ok: false, message: problem.message } : { ok: true, scale: next };
}

/**
 * The annotations with each verdict chosen to be mapped read as the chosen
 * verdict of this scale: decisions, assessments, open conflicts and the
 * verdict changes of their history. Annotations without one are returned as
 * they are; those chosen to be added keep their ids.
 */
export function applyVerdictChoices(
  annotations: readonly Annotation[],
  choices: ReadonlyMap<string, VerdictChoice>,
): Annotation[] {
  const to = new Map<string, string>();
  for (const [id, choice] of choices) if ('mapTo' in choice) to.set(id, choice.mapTo);
  if (to.size === 0) return [...annotations];
  const map = (id: string) => to.get(id) ?? id;
  const touched = (h: HistoryEntry) =>
    h.field === 'verdict' && [h.from, h.to].some(id => id !== undefined && to.has(id));
  return annotations.map(a => {
    if (![...verdictsIn(a)].some(id => to.has(id)) && !a.history.some(touched)) return a;
    const { verdict, assessments, conflict } = a;
    const decisions = [...new Set(conflict?.decisions?.map(d => (d === '' ? d : map(d))))].sort();
    const { decisions: _before, ...settled } = conflict ?? {};
    return {
      ...a,
      ...(verdict !== undefined && { verdict: map(verdict) }),
      ...(assessments && {
        assessments: assessments.map(x => ({ ...x, verdict: map(x.verdict) })),
      }),
      // two decisions that now read the same are no longer a difference to settle
      ...(conflict && {
        conflict: decisions.length > 1 ? { ...conflict, decisions } : (settled as MergeConflict),
      }),
      history: a.history.map(h => {
        if (!touched(h)) return h;
        const { from, to: after, ...rest } = h;
        return {
          ...rest,
          ...(from !== undefined && { from: map(from) }),
          ...(after !== undefined && { to: map(after) }),
        };
      }),
    };
  });
}
