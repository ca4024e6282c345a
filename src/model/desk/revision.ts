import type { Annotation } from '../types';
import { canonicalJson, hash53 } from './content-hash';

/**
 * The most revisions an annotation's chain keeps, the oldest dropped first
 * (CouchDB's `_revs_limit`, made short: 10,000 annotations carry it in every
 * file). A side more than this many edits ahead is seen as diverged: a
 * conflict for a curator, never a loss.
 */
export const REVS_LIMIT = 20;

/** What a revision is a revision of: what reviewers write, not when or how it was anchored. */
export function contentOf(a: Annotation): unknown {
  return {
    kind: a.kind,
    start: a.target.start,
    end: a.target.end,
    exact: a.target.exact,
    verdict: a.verdict,
    correction: a.correction,
    note: a.note,
    sources: a.sources,
    tags: a.tags,
    status: a.status,
    assessments: a.assessments ?? [],
    conflict: a.conflict,
  };
}

const generation = (rev: string | undefined) => (rev ? parseInt(rev, 10) || 0 : 0);

/**
 * The id of the revision holding `a`'s content after `parent`:
 * `<generation>-<hash of the parent and the content>`. Two machines making the
 * same change from the same revision make the same id.
 */
export function revisionId(parent: string | undefined, a: Annotation): string {
  return `${generation(parent) + 1}-${hash53(`${parent ?? ''}\n${canonicalJson(contentOf(a))}`)}`;
}

/** `a`'s revision chain, oldest first; a record from before chains gets one of one revision. */
export function revisionsOf(a: Annotation): readonly string[] {
  return a.revs && a.revs.length > 0 ? a.revs : [revisionId(undefined, a)];
}

/** The newest revision of a chain. */
export const headOf = (revs: readonly string[]): string => revs[revs.length - 1] ?? '';

/**
 * `after` with its revision chain: `before`'s with a new revision appended if
 * the content changed, `before`'s as it was if not; a new annotation
 * (`before` undefined) starts its own.
 */
export function withRevision(before: Annotation | undefined, after: Annotation): Annotation {
  if (!before) return { ...after, revs: [revisionId(undefined, after)] };
  const chain = revisionsOf(before);
  if (canonicalJson(contentOf(before)) === canonicalJson(contentOf(after)))
    return { ...after, revs: [...chain] };
  return { ...after, revs: [...chain, revisionId(headOf(chain), after)].slice(-REVS_LIMIT) };
}

/** How two copies of one annotation stand: the same revision, one ahead of the other, or diverged. */
export type Relation = 'same' | 'here-ahead' | 'theirs-ahead' | 'diverged';

/** Compares two chains by their heads: whichever chain holds the other's head is ahead. */
export function relate(here: readonly string[], theirs: readonly string[]): Relation {
  const h = headOf(here);
  const t = headOf(theirs);
  if (h === t) return 'same';
  if (here.includes(t)) return 'here-ahead';
  if (theirs.includes(h)) return 'theirs-ahead';
  return 'diverged';
}

/**
 * The chain of a merge of two diverged chains: both (so either side's head is
 * found in it later: merging again is a fast-forward) then the merge's own
 * revision, built the same whichever side is `a`.
 */
export function mergedChain(
  a: readonly string[],
  b: readonly string[],
  merged: Annotation,
): string[] {
  const [first, second] = headOf(a) <= headOf(b) ? [a, b] : [b, a];
  const union = [...first, ...second.filter(r => !first.includes(r))];
  const top = Math.max(generation(headOf(a)), generation(headOf(b)));
  const parents = [headOf(a), headOf(b)].sort().join('+');
  const rev = `${top + 1}-${hash53(`${parents}\n${canonicalJson(contentOf(merged))}`)}`;
  // the two heads are kept whatever the limit: they are what makes a later merge a fast-forward
  const kept = union.slice(-REVS_LIMIT + 1);
  for (const head of [headOf(first), headOf(second)]) if (!kept.includes(head)) kept.unshift(head);
  return [...kept, rev];
}

/**
 * The chain a browser keeps for a record it stores from the desk's document:
 * the document's (`synced`, as the record's last writer left it), unless the
 * chain stored here is ahead of it (a change made here, on its way to the
 * desk). What a browser keeps of its own beside the document (its verdict
 * until a curator decides, its anchoring) is no revision: the same revision
 * on two browsers is then the same annotation on the desk, and a file from
 * one merged into the other finds it unchanged (with chains of their own, it
 * was listed as a conflict in Curation). A document that holds no chain
 * (written before chains were shared) gives the record a chain of this
 * browser's own, as before.
 */
export function syncedChain(
  old: Annotation | undefined,
  synced: readonly string[] | undefined,
  stored: Annotation,
): string[] {
  if (!synced || synced.length === 0) return [...revisionsOf(withRevision(old, stored))];
  if (old && relate(revisionsOf(old), synced) === 'here-ahead') return [...revisionsOf(old)];
  return [...synced];
}
