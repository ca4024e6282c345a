import { TRACKED_FIELDS, type Annotation, type HistoryEntry } from './types';

/**
 * The most history entries one annotation keeps: the oldest go first. A
 * reviewer flipping a verdict back and forth for hours must not make an
 * annotation too big to export and import again (`IMPORT_LIMITS`).
 */
export const HISTORY_LIMIT = 500;

type Tracked = Pick<Annotation, 'verdict' | 'status'>;

/** What a new annotation is compared with: no verdict yet, and open. */
const BLANK: Tracked = { status: 'open' };

/**
 * `history` with an entry appended for each tracked field (verdict, status)
 * that differs between `before` and `after`, made by `by` at `at`; the same
 * array if nothing tracked changed; each entry names `by` (and `byId`). Pass `before` undefined for a new
 * annotation, so its first verdict (or a status other than open) is recorded.
 */
export function recordChanges(
  history: readonly HistoryEntry[],
  before: Tracked | undefined,
  after: Tracked,
  by: string,
  at: string,
  /** The reviewer's id, recorded beside the name (absent for changes from before ids). */
  byId?: string,
): HistoryEntry[] {
  const old = before ?? BLANK;
  const entries = TRACKED_FIELDS.filter(field => old[field] !== after[field]).map(
    (field): HistoryEntry => ({
      field,
      ...(old[field] !== undefined && { from: old[field] }),
      ...(after[field] !== undefined && { to: after[field] }),
      by,
      ...(byId !== undefined && { byId }),
      at,
    }),
  );
  if (entries.length === 0) return [...history];
  return [...history, ...entries].slice(-HISTORY_LIMIT);
}
