import * as Y from 'yjs';
import type { Assessment } from '../model/desk/assessment';
import { decisionState, editsUnseen, type DecisionEntry } from '../model/desk/decision-log';
import type { MergeConflict } from '../model/desk/merge-conflict';
import { HISTORY_LIMIT } from '../model/history';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, HistoryEntry } from '../model/types';
import {
  LIST_FIELDS,
  PLAIN_FIELDS,
  SHARED_FIELDS as F,
  annotationsMap,
  listOf,
  sharedOf,
  tombstonesMap,
  type SharedTombstone,
} from './shared-article';

/**
 * What a document says of its annotations, as records of the app's shape,
 * unchecked: any client with a token may have written anything, so these go
 * through the import's gate before the store sees them. `verdict` is the
 * log's decision (absent while no curator decided); `conflict` what waits
 * for a curator; no revision chain or anchoring (the store keeps its own).
 */
export interface SyncedState {
  annotations: Annotation[];
  tombstones: Tombstone[];
}

const byId = (a: Assessment, b: Assessment) =>
  a.reviewer.id < b.reviewer.id ? -1 : a.reviewer.id > b.reviewer.id ? 1 : 0;

/** What waits for a curator: concurrent decisions that differ, a deletion against an edit. */
function conflictOf(
  decisions: readonly DecisionEntry[],
  tombstone: SharedTombstone | undefined,
  unseen: readonly string[],
): MergeConflict | undefined {
  const state = decisionState(decisions);
  const deleted = tombstone && unseen.length > 0;
  if (!state.conflict && !deleted) return undefined;
  // the import's format holds at most two heads and two decisions: the first two, sorted
  const heads = state.conflict ? state.heads.slice(0, 2) : [[...unseen].sort()[0] as string];
  return {
    heads,
    ...(state.conflict && { decisions: state.conflict.slice(0, 2) }),
    ...(deleted && {
      deleted: {
        by: tombstone.by,
        ...(tombstone.byId !== undefined && { byId: tombstone.byId }),
        at: tombstone.at,
      },
    }),
  };
}

/** One annotation's record from its map, or its tombstone when the deletion stands. */
export function readAnnotation(
  entry: Y.Map<unknown>,
  id: string,
  articleId: string,
  tombstone?: SharedTombstone,
): { annotation: Annotation } | { tombstone: Tombstone } {
  const edits = sharedOf(entry, F.edits, Y.Array<string>)?.toArray() ?? [];
  const unseen = tombstone ? editsUnseen(edits, tombstone.seen ?? []) : [];
  if (tombstone && unseen.length === 0) {
    const { by, byId, at } = tombstone;
    return { tombstone: { id, articleId, by, ...(byId !== undefined && { byId }), at } };
  }
  const plain: Record<string, unknown> = {};
  for (const key of PLAIN_FIELDS) if (entry.has(key)) plain[key] = entry.get(key);
  for (const key of LIST_FIELDS) if (entry.has(key)) plain[key] = listOf(entry.get(key));
  const decisions = sharedOf(entry, F.decisions, Y.Array<DecisionEntry>)?.toArray() ?? [];
  const { verdict } = decisionState(decisions);
  const assessments = [...(sharedOf(entry, F.assessments, Y.Map<Assessment>)?.values() ?? [])].sort(
    byId,
  );
  const history = sharedOf(entry, F.history, Y.Array<HistoryEntry>)?.toArray() ?? [];
  const conflict = conflictOf(decisions, tombstone, unseen);
  const annotation = {
    ...plain,
    id,
    articleId,
    note: sharedOf(entry, F.note, Y.Text)?.toString() ?? '',
    assessments,
    history: history.slice(-HISTORY_LIMIT),
    ...(verdict !== undefined && { verdict }),
    ...(conflict && { conflict }),
  } as Annotation;
  return { annotation };
}

/** Every annotation of the document (`ids`: only those), and the deletions that stand. */
export function readSynced(doc: Y.Doc, articleId: string, ids?: Iterable<string>): SyncedState {
  const map = annotationsMap(doc);
  const tombstones = tombstonesMap(doc);
  const out: SyncedState = { annotations: [], tombstones: [] };
  for (const id of ids ?? map.keys()) {
    const entry = map.get(id);
    if (!(entry instanceof Y.Map)) continue;
    const read = readAnnotation(entry, id, articleId, tombstones.get(id));
    if ('annotation' in read) out.annotations.push(read.annotation);
    else out.tombstones.push(read.tombstone);
  }
  return out;
}
