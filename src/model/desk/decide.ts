import { HISTORY_LIMIT } from '../history';
import type { Annotation, HistoryEntry } from '../types';
import type { Reviewer } from './reviewer';
import { withRevision } from './revision';

/**
 * The annotation with the desk's decision set to `verdict` by `curator` at
 * `at`: the conflict a merge left is settled, and the history records the
 * decision, who made it and the reviewers whose assessments it settles
 * (even when the verdict stays what it was: settling is itself an event).
 * A new revision, so the decision travels in the next file.
 */
export function decide(
  a: Annotation,
  verdict: string,
  curator: Reviewer,
  settles: readonly string[],
  at: string,
): Annotation {
  const entry: HistoryEntry = {
    field: 'verdict',
    ...(a.verdict !== undefined && { from: a.verdict }),
    to: verdict,
    by: curator.name,
    byId: curator.id,
    at,
    settles: [...settles].sort(),
  };
  const { conflict: _settled, ...rest } = a;
  return withRevision(a, {
    ...rest,
    verdict,
    updatedAt: at,
    history: [...a.history, entry].slice(-HISTORY_LIMIT),
  });
}
