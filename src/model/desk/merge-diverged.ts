import { commonEnds } from '../common-ends';
import { HISTORY_LIMIT } from '../history';
import type { Annotation, HistoryEntry, Source } from '../types';
import { legacyAssessments, mergeAssessments } from './assessment';
import { canonicalJson } from './content-hash';
import type { MergeConflict } from './merge-conflict';
import { headOf, mergedChain, revisionsOf } from './revision';

/**
 * Whether `a` holds all of `b`: `b` itself, or `b` with words put into it
 * (what they share at their start and end is all of `b`), as the desk leaves
 * a note it merged another reviewer's words into (`mergeCreations`).
 */
function holds(a: string, b: string): boolean {
  if (a.includes(b)) return true;
  const [start, end] = commonEnds(a, b);
  return start + end >= b.length;
}

/** Two texts side by side; one that holds the other already is kept alone, so merging again adds nothing. */
export function sideBySide(a: string, b: string): string {
  if (holds(a, b)) return a;
  if (holds(b, a)) return b;
  return `${a}\n\n${b}`;
}

/** Both lists in one, each item once: `a`'s in order, then `b`'s new ones. */
function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter(x => !seen.has(key(x)))];
}

/** Sources by URL: one per URL, `a`'s first; a field only `b`'s copy has is filled in. */
function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const other = new Map(b.map(s => [s.url, s]));
  const filled = a.map(s => {
    const o = other.get(s.url);
    return o ? { ...o, ...s } : s;
  });
  return union(filled, b, s => s.url);
}

/** Every entry of both histories once, by time (then by content), the newest kept. */
function mergeHistory(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const keyed = new Map<string, HistoryEntry>();
  for (const h of [...a, ...b]) keyed.set(canonicalJson(h), h);
  return [...keyed.entries()]
    .sort(([ka, x], [kb, y]) => x.at.localeCompare(y.at) || ka.localeCompare(kb))
    .map(([, h]) => h)
    .slice(-HISTORY_LIMIT);
}

const assessmentsOf = (a: Annotation) => a.assessments ?? legacyAssessments(a);

function conflictOf(here: Annotation, theirs: Annotation): MergeConflict {
  const heads = [headOf(revisionsOf(here)), headOf(revisionsOf(theirs))].sort();
  const decisions = [...new Set([here.verdict ?? '', theirs.verdict ?? ''])].sort();
  const deleted = here.conflict?.deleted ?? theirs.conflict?.deleted;
  return {
    heads,
    ...(decisions.length > 1 && { decisions }),
    ...(deleted && { deleted }),
  };
}

/**
 * One annotation whose two copies diverged (each side changed it since their
 * last common revision), merged so that nothing either side wrote is lost:
 * assessments per reviewer, tags and sources (by URL) in union, notes and
 * corrections side by side, both histories. The decision (`verdict`), the
 * status, the kind and the target stay as they are here: a merge never
 * decides; `conflict` lists what a curator has to. The chain holds both heads,
 * so merging either copy again changes nothing.
 */
export function mergeDiverged(here: Annotation, theirs: Annotation): Annotation {
  // the side with the smaller head goes first, so unions come out the same whichever side is here
  const [a, b] =
    headOf(revisionsOf(here)) <= headOf(revisionsOf(theirs)) ? [here, theirs] : [theirs, here];
  const correction =
    a.correction !== undefined && b.correction !== undefined
      ? sideBySide(a.correction, b.correction)
      : here.correction;
  const merged: Annotation = {
    ...here,
    ...(correction !== undefined && { correction }),
    note: sideBySide(a.note, b.note),
    sources: mergeSources(a.sources, b.sources),
    tags: union(a.tags, b.tags, t => t),
    assessments: mergeAssessments(assessmentsOf(a), assessmentsOf(b)),
    history: mergeHistory(a.history, b.history),
    createdAt: Date.parse(a.createdAt) <= Date.parse(b.createdAt) ? a.createdAt : b.createdAt,
    updatedAt: Date.parse(a.updatedAt) >= Date.parse(b.updatedAt) ? a.updatedAt : b.updatedAt,
    conflict: conflictOf(here, theirs),
  };
  return { ...merged, revs: mergedChain(revisionsOf(here), revisionsOf(theirs), merged) };
}
