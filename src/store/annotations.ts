import Dexie from 'dexie';
import {
  fieldsOf,
  mergeFields,
  readFields,
  type AnnotationFields,
} from '../model/annotation-fields';
import { legacyAssessments, withOwnVerdict } from '../model/desk/assessment';
import { whoIs, type Who } from '../model/desk/reviewer';
import { revisionsOf, withRevision } from '../model/desk/revision';
import { recordChanges } from '../model/history';
import { newId, nowIso } from '../model/ids';
import { RECORD_LIMITS, passageProblem, tooLong } from '../model/record-limits';
import { byReadingOrder } from '../model/reading-order';
import type { AnnotationOrigin } from '../model/origin';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, Target } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { db } from './db';
import { showRemoved, showWritten } from './live-feeds';

/** An article's annotations through the `[articleId+target.start]` index: by start offset. */
export const annotationsOf = (articleId: string) =>
  db.annotations
    .where('[articleId+target.start]')
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey]);

/** About how many records one slice of `readInSlices` holds: 10 ms of decoding here. */
const SLICE_SIZE = 1000;

/**
 * All of an article's annotations, read as slices of the text's offsets,
 * all asked for at once in one transaction. One read of ten thousand
 * records holds the page's thread for 70–100 ms while IndexedDB decodes them
 * (the reviewer may already be selecting); each slice arrives, and is
 * decoded, in its own task. Slices are in text order; `onSlice` sees each as
 * it arrives, in any order.
 */
export async function readInSlices(
  articleId: string,
  onSlice: (slice: readonly Annotation[]) => void = () => {},
): Promise<Annotation[]> {
  return db.transaction('r', db.annotations, async () => {
    const whole = annotationsOf(articleId);
    const [count, last] = await Promise.all([whole.count(), whole.clone().last()]);
    if (!last) return [];
    const slices = Math.max(1, Math.ceil(count / SLICE_SIZE));
    const width = Math.ceil((last.target.start + 1) / slices);
    const bound = (k: number) => (k === 0 ? Dexie.minKey : k === slices ? Dexie.maxKey : k * width);
    const read = await Promise.all(
      Array.from({ length: slices }, (_, k) =>
        db.annotations
          .where('[articleId+target.start]')
          .between([articleId, bound(k)], [articleId, bound(k + 1)], true, false)
          .toArray()
          .then(slice => {
            onSlice(slice);
            return slice;
          }),
      ),
    );
    return read.flat();
  });
}

/** The annotations of an article in reading order (`byReadingOrder`). */
export async function listAnnotations(articleId: string): Promise<Annotation[]> {
  return (await annotationsOf(articleId).toArray()).sort(byReadingOrder);
}

export class InvalidAnnotationError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors)[0] ?? 'Invalid annotation');
    this.name = 'InvalidAnnotationError';
  }
}

function checked(fields: AnnotationFields, scale: VerdictScale) {
  const result = readFields(fields, scale);
  if (!result.ok) throw new InvalidAnnotationError(result.errors);
  return result.value;
}

/** Throws InvalidAnnotationError if the passage or the reviewer's name is longer than a record may hold. */
function checkLimits({ target, reviewer }: { target?: Target; reviewer?: string }): void {
  const quote = target && passageProblem(target.exact);
  const name = reviewer !== undefined && tooLong('A name', reviewer, RECORD_LIMITS.nameLength);
  if (quote) throw new InvalidAnnotationError({ quote });
  if (name) throw new InvalidAnnotationError({ reviewer: name });
}

/**
 * Stores a new annotation of `target` and returns it; throws
 * InvalidAnnotationError on bad fields, or a passage or name longer than
 * `RECORD_LIMITS` allows. The record is shown in the live feeds while it is
 * written (`showWritten`), and `beforeWrite` sees it then (to mark it); if
 * the write fails, it is taken back, the promise rejects and nothing was
 * stored. `origin` says where it came from (an accepted suggestion), if not
 * from the reviewer's own selection.
 */
export async function createAnnotation(
  articleId: string,
  target: Target,
  fields: AnnotationFields,
  who: Who,
  scale: VerdictScale,
  beforeWrite?: (annotation: Annotation) => void,
  origin?: AnnotationOrigin,
): Promise<Annotation> {
  const now = nowIso();
  const value = checked(fields, scale);
  const creator = whoIs(who);
  checkLimits({ target, reviewer: creator.name });
  const annotation: Annotation = withRevision(undefined, {
    id: newId(),
    articleId,
    target,
    ...value,
    creator: creator.name,
    creatorId: creator.id,
    assessments: withOwnVerdict([], creator, undefined, value.verdict, now),
    createdAt: now,
    updatedAt: now,
    anchoring: { method: 'position' },
    ...(origin && { origin }),
    history: recordChanges([], undefined, value, creator.name, now, creator.id),
  });
  showWritten(annotation);
  beforeWrite?.(annotation);
  try {
    await db.annotations.add(annotation);
  } catch (err) {
    showRemoved(annotation.id);
    throw err;
  }
  // again: a full read of the article that ran meanwhile did not have it yet
  showWritten(annotation);
  return annotation;
}

/**
 * Saves the form of an annotation and returns the stored result; throws if
 * it no longer exists or the fields are bad. `base` is what the form showed
 * when it opened: if given, only the fields the reviewer changed since are written, so
 * a change another tab saved meanwhile to another field is kept
 * (`mergeFields`). Each verdict or status change is added to the history
 * as made by `reviewer`.
 */
export async function updateAnnotation(
  id: string,
  fields: AnnotationFields,
  scale: VerdictScale,
  who: Who,
  base?: AnnotationFields,
): Promise<Annotation> {
  checked(fields, scale); // the reviewer's own input is reported before anything is read
  const reviewer = whoIs(who);
  checkLimits({ reviewer: reviewer.name });
  const saved = await db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (!old) throw new Error('This annotation was deleted in the meantime.');
    const value = checked(base ? mergeFields(base, fields, fieldsOf(old)) : fields, scale);
    const now = nowIso();
    // drop verdict/correction first: a kind change must not leave the old ones behind
    const { verdict: _verdict, correction: _correction, ...rest } = old;
    const assessments = old.assessments ?? legacyAssessments(old);
    const next = withRevision(old, {
      ...rest,
      ...value,
      assessments: withOwnVerdict(assessments, reviewer, old.verdict, value.verdict, now),
      updatedAt: now,
      history: recordChanges(old.history, old, value, reviewer.name, now, reviewer.id),
    });
    await db.annotations.put(next);
    return next;
  });
  showWritten(saved);
  return saved;
}

/**
 * Deletes an annotation and returns it, so the deletion can be undone. A
 * tombstone records who deleted it, when, and the revisions it had, so that
 * importing an older file does not bring it back.
 */
export async function deleteAnnotation(id: string, who: Who): Promise<Annotation | undefined> {
  const { id: byId, name: by } = whoIs(who);
  const old = await db.transaction('rw', db.annotations, db.tombstones, async () => {
    const found = await db.annotations.get(id);
    if (found) {
      await db.annotations.delete(id);
      // the chain of what was deleted: a copy past it was changed after the deletion
      const revs = [...revisionsOf(found)];
      await db.tombstones.put({ id, articleId: found.articleId, by, byId, at: nowIso(), revs });
    }
    return found;
  });
  showRemoved(id);
  return old;
}

/** Puts a deleted annotation back exactly as it was, and forgets its deletion. */
export async function restoreAnnotation(annotation: Annotation): Promise<void> {
  await db.transaction('rw', db.annotations, db.tombstones, async () => {
    await db.annotations.put(annotation);
    await db.tombstones.delete(annotation.id);
  });
  showWritten(annotation);
}

/**
 * Writes a change to one stored annotation in a transaction, and shows the
 * result; `next` gives the new record from the stored one, or null to leave
 * it as it is.
 */
async function change(
  id: string,
  next: (old: Annotation | undefined) => Annotation | null,
): Promise<void> {
  const saved = await db.transaction('rw', db.annotations, async () => {
    const record = next(await db.annotations.get(id));
    if (record) await db.annotations.put(record);
    return record;
  });
  if (saved) showWritten(saved);
}

/** Attaches an annotation (an orphan, usually) to a new target chosen by the reviewer. */
export async function reattachAnnotation(id: string, target: Target): Promise<void> {
  checkLimits({ target });
  await change(id, old => {
    if (!old) throw new Error('This annotation was deleted in the meantime.');
    return withRevision(old, {
      ...old,
      target,
      anchoring: { method: 'position' },
      updatedAt: nowIso(),
    });
  });
}

/** Records that the reviewer checked a fuzzy anchor and accepts where it landed. */
export async function confirmAnchoring(id: string): Promise<void> {
  await change(id, a =>
    a?.anchoring?.method === 'fuzzy'
      ? { ...a, anchoring: { ...a.anchoring, confirmed: true }, updatedAt: nowIso() }
      : null,
  );
}

/** The tombstones of an article's deleted annotations, for its annotated-JSON export. */
export async function listTombstones(articleId: string): Promise<Tombstone[]> {
  return db.tombstones.where('articleId').equals(articleId).toArray();
}
