import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { setAssessment } from '../../src/model/desk/assessment';
import { legacyReviewer, type Reviewer } from '../../src/model/desk/reviewer';
import { revisionsOf, withRevision } from '../../src/model/desk/revision';
import type { Tombstone } from '../../src/model/tombstone';
import type { Annotation } from '../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../src/model/verdict-scale';
import { mulberry32 } from '../anchoring/prng';
import type { Workload } from './generate';

/** The desk's three reviewers: the library's owner, a colleague, and a third whose verdicts both files carry. */
export const DESK_REVIEWERS: readonly Reviewer[] = [
  'Ada Lindqvist',
  'Kenji Mori',
  'Zofia Nowak',
].map(legacyReviewer);
const [HERE, THEM] = DESK_REVIEWERS as [Reviewer, Reviewer, Reviewer];
const VERDICTS = DEFAULT_VERDICT_SCALE.map(v => v.id);
// after the workload's own records, so that the desk's files never meet the main profile's times
const AT = '2026-03-03T10:00:00.000Z';
const THEIR_AT = '2026-03-04T11:00:00.000Z';

/** The library and a colleague's file of the same article, for the merge and agreement steps. */
export interface DeskWorkload {
  /** The library's file: every annotation a claim assessed by all three reviewers. */
  library: string;
  /** The colleague's file: half the same claims (diverged), half new, and some deletions. */
  theirs: string;
  /** The library's annotations. */
  libraryRecords: Annotation[];
  /** The colleague's annotations as the merge stores them (the merge floor writes these). */
  theirRecords: Annotation[];
  theirTombstones: Tombstone[];
  /** How many of each the colleague's file holds, for the notes. */
  counts: { claims: number; diverged: number; added: number; tombstones: number };
}

/** A new id for the n-th annotation only the colleague made: apart from the workload's ids. */
const theirId = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-5e7a-4c1d-8b2f-${'c'.repeat(12)}`;

/**
 * The desk's workload on the article of `w`: a library of `w`'s passages,
 * each a claim assessed by the three reviewers, whose first half was edited
 * here since the colleague took a copy; and the colleague's file of as many
 * annotations: that first half edited on their side too (diverged chains),
 * the other half new claims on the same passages (added), and a twentieth of
 * the library deleted by them (tombstones holding the head here).
 */
export function deskWorkload(w: Workload, seed: number): DeskWorkload {
  const r = mulberry32(seed + 7);
  const n = w.annotations.length;
  const half = Math.floor(n / 2);
  const base = w.annotations.map(a => {
    let assessments = a.assessments ?? [];
    for (const reviewer of DESK_REVIEWERS)
      assessments = setAssessment(assessments, { reviewer, verdict: r.pick(VERDICTS), at: AT });
    const { verdict: _decision, correction: _correction, ...rest } = a;
    return withRevision(undefined, {
      ...rest,
      kind: 'claim' as const,
      creator: HERE.name,
      creatorId: HERE.id,
      assessments,
    });
  });
  // the library: the first half edited here since (a note), so those chains moved on
  const library = base.map((a, i) =>
    i < half ? withRevision(a, { ...a, note: `${a.note} Checked again here.`.trim() }) : a,
  );
  const tombstoned = new Set<number>();
  for (let i = half; i < n; i += 20) tombstoned.add(i);
  const diverged = base.slice(0, half).map(a =>
    withRevision(a, {
      ...a,
      tags: [...new Set([...a.tags, 'desk'])],
      assessments: setAssessment(a.assessments ?? [], {
        reviewer: THEM,
        verdict: r.pick(VERDICTS),
        note: 'Their second look.',
        at: THEIR_AT,
      }),
      updatedAt: THEIR_AT,
    }),
  );
  const added = base.slice(half).map((a, i) =>
    withRevision(undefined, {
      ...a,
      id: theirId(i),
      creator: THEM.name,
      creatorId: THEM.id,
      createdAt: THEIR_AT,
      updatedAt: THEIR_AT,
    }),
  );
  const theirRecords = [...diverged, ...added].slice(0, n);
  const theirTombstones: Tombstone[] = [...tombstoned].map(i => {
    const a = library[i] as Annotation;
    return {
      id: a.id,
      articleId: a.articleId,
      by: THEM.name,
      byId: THEM.id,
      at: THEIR_AT,
      revs: [...revisionsOf(a)],
    };
  });
  return {
    library: exportAnnotatedJson(w.article, library),
    libraryRecords: library,
    theirs: exportAnnotatedJson(w.article, theirRecords, { tombstones: theirTombstones }),
    theirRecords,
    theirTombstones,
    counts: {
      claims: n,
      diverged: diverged.length,
      added: theirRecords.length - diverged.length,
      tombstones: theirTombstones.length,
    },
  };
}
