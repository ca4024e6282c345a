import { canonicalJson } from '../model/desk/content-hash';
import { sameJson } from '../model/same-json';
import { mergeAssessments } from '../model/desk/assessment';
import { revisionsOf, syncedChain } from '../model/desk/revision';
import type { Reviewer } from '../model/desk/reviewer';
import { HISTORY_LIMIT } from '../model/history';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article, HistoryEntry } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { hasArticle } from './articles';
import { db } from './db';
import { showChanges } from './live-feeds';
import { REVIEWER, REVIEWER_NAME } from './settings';
import { putInChunks } from './put-in-chunks';
import { readCounterparts } from './stored-counterparts';
import { loadVerdictScale } from './verdict-scale-store';

/** An article's annotations and tombstones as stored now. */
export interface StoredArticleState {
  annotations: Annotation[];
  tombstones: Tombstone[];
}

/** Reads an article's annotations and tombstones, in one transaction. */
export function readArticleState(articleId: string): Promise<StoredArticleState> {
  return db.transaction('r', db.annotations, db.tombstones, async () => ({
    annotations: await db.annotations.where('articleId').equals(articleId).toArray(),
    tombstones: await db.tombstones.where('articleId').equals(articleId).toArray(),
  }));
}

const byTime = (a: HistoryEntry, b: HistoryEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** Both histories, each entry once, in time order. */
function unionHistory(here: readonly HistoryEntry[], synced: readonly HistoryEntry[]) {
  const seen = new Map([...here, ...synced].map(h => [canonicalJson(h), h]));
  return [...seen.values()].sort(byTime).slice(-HISTORY_LIMIT);
}

/** What the store keeps of a synced record: its own anchoring, the desk's chain (`syncedChain`), the assessments of both. */
function mergeSynced(old: Annotation | undefined, synced: Annotation, undecided: boolean) {
  const { verdict: _verdict, conflict: _conflict, ...rest } = synced;
  // until a curator decides on the desk, each reviewer keeps their own verdict here
  const verdict = undecided ? old?.verdict : synced.verdict;
  const moved = old && !sameJson(old.target, synced.target);
  const { revs, ...fields } = rest;
  const stored: Annotation = {
    ...fields,
    ...(verdict !== undefined && { verdict }),
    ...(synced.conflict && { conflict: synced.conflict }),
    assessments: mergeAssessments(old?.assessments ?? [], synced.assessments ?? []),
    history: unionHistory(old?.history ?? [], synced.history),
    anchoring: old && !moved ? (old.anchoring ?? { method: 'position' }) : { method: 'position' },
  };
  return { ...stored, revs: syncedChain(old, revs, stored) };
}

/** Checked records from the desk, for `applySynced`. */
export interface SyncedRecords {
  annotations: readonly Annotation[];
  tombstones: readonly Tombstone[];
  /** Ids of annotations no curator has decided on the desk: their verdict here stays. */
  undecided: ReadonlySet<string>;
  /**
   * The stored record as the sync last saw it (and wrote into the document),
   * or undefined if it never saw it. A record stored otherwise now has a
   * change on its way to the document: it is left alone (`skipped`) rather
   * than overwritten, and comes back merged once the change is in.
   */
  seen: (id: string) => Annotation | undefined;
  /**
   * Told of each record as it is stored, before the transaction commits (so
   * before any live query of the store sees it).
   */
  stored?: (annotation: Annotation) => void;
}

const unchangedSince = (old: Annotation | undefined, seen: Annotation | undefined) =>
  !old || (seen !== undefined && sameJson(old, seen));

/** What `storeChecked` showed in the live feeds while it wrote. */
interface Shown {
  written: readonly Annotation[];
  removed: readonly string[];
}

/** The records stored now under the ids asked for: what `storeChecked` merges with. */
interface StoredNow {
  old: (id: string) => Annotation | undefined;
  grave: (id: string) => Tombstone | undefined;
  asked: ReadonlySet<string>;
  /** Set by `storeChecked` once it has shown what it writes. */
  shown?: Shown;
}

/** Merges checked records with what is stored and writes them, inside `applySynced`'s transaction. */
async function storeChecked(articleId: string, synced: SyncedRecords, now: StoredNow) {
  const written: Annotation[] = [];
  const removed: string[] = [];
  const skipped: string[] = [];
  const buryNow: Tombstone[] = [];
  const unbury: string[] = [];
  for (const a of synced.annotations) {
    if (!now.asked.has(a.id)) continue; // not read with the others: nothing to merge it with
    const [old, buried] = [now.old(a.id), now.grave(a.id)];
    if ((old && old.articleId !== articleId) || (buried && !a.conflict?.deleted)) continue;
    if (!unchangedSince(old, synced.seen(a.id))) {
      skipped.push(a.id);
      continue;
    }
    const next = mergeSynced(old, { ...a, articleId }, synced.undecided.has(a.id));
    if (old && sameJson(old, next)) continue;
    if (buried) unbury.push(a.id);
    synced.stored?.(next);
    written.push(next);
  }
  for (const t of synced.tombstones) {
    if (!now.asked.has(t.id)) continue;
    const old = now.old(t.id);
    if (old && old.articleId !== articleId) continue;
    if (!unchangedSince(old, synced.seen(t.id))) {
      skipped.push(t.id);
      continue;
    }
    if (old) removed.push(t.id);
    if (!now.grave(t.id))
      buryNow.push({ ...t, articleId, ...(old && { revs: [...revisionsOf(old)] }) });
  }
  // shown first, then written a chunk at a time, so the page draws them after the first chunk's
  // clone; `applySynced` takes them back if the transaction fails
  showChanges(written, removed);
  now.shown = { written, removed };
  await Promise.all([
    db.tombstones.bulkDelete(unbury),
    db.annotations.bulkDelete(removed),
    db.tombstones.bulkPut(buryNow),
    putInChunks(written),
  ]);
  return { skipped };
}

/** Takes back what `storeChecked` showed of a write that failed: each record as it was, or none. */
function takeBack({ written, removed }: Shown, old: (id: string) => Annotation | undefined) {
  const ids = [...written.map(a => a.id), ...removed];
  const before = ids.flatMap(id => old(id) ?? []);
  const gone = new Set(ids);
  for (const a of before) gone.delete(a.id);
  showChanges(before, [...gone]);
}

/**
 * What `applySynced` asks the sync inside its transaction: the records of
 * these ids from the document, checked against the verdict scale stored now
 * (`article` reads the article, for a check that needs it: it never changes,
 * so a check may keep what it made of it). Null stores nothing.
 */
export interface SyncedCheck {
  ids: readonly string[];
  check: (
    scale: VerdictScale,
    article: () => Promise<Article | undefined>,
  ) => SyncedRecords | null | Promise<SyncedRecords | null>;
}

/**
 * Stores what the desk's document says of an article's annotations, checked
 * by `check` (the import's gate) against the scale read in the same
 * transaction, in one transaction: each annotation as the document has it
 * (the anchoring, the revision chain and other reviewers' assessments here
 * kept), each deletion that stands applied with its tombstone. An id of
 * another article's annotation is never touched; an annotation deleted here
 * that the document does not know deleted yet stays deleted (the deletion is
 * on its way to the document). Nothing is stored, and null returned, once the
 * article is deleted or when `check` returns null.
 */
export async function applySynced(
  articleId: string,
  { ids, check }: SyncedCheck,
): Promise<{ skipped: string[] } | null> {
  const tables = [db.annotations, db.tombstones, db.settings, db.articles];
  let now: StoredNow | undefined;
  try {
    return await db.transaction('rw', tables, async () => {
      // everything read at once, as one round trip to IndexedDB: the scale, whether the article is
      // still here, and the records the desk's merge with (tens of milliseconds each on a busy machine)
      const [scale, stored, { here, tombstones }] = await Promise.all([
        loadVerdictScale(),
        hasArticle(articleId),
        // many ids (a first sync's thousands, mostly not stored yet): the keys first, then only those here
        readCounterparts(ids),
      ]);
      if (!stored) return null;
      const synced = await check(scale, () => db.articles.get(articleId));
      if (!synced) return null;
      now = { old: id => here.get(id), grave: id => tombstones.get(id), asked: new Set(ids) };
      return storeChecked(articleId, synced, now);
    });
  } catch (err) {
    if (now?.shown) takeBack(now.shown, now.old);
    throw err;
  }
}

/**
 * Makes this browser's reviewer the one the desk knows (its id, so that the
 * assessments written here are the ones the desk accepts as theirs, and its
 * name). Returns whether it changed.
 */
export async function adoptDeskReviewer(who: Reviewer): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(REVIEWER))?.value as Reviewer | undefined;
    if (stored?.id === who.id && stored.name === who.name) return false;
    await db.settings.put({ key: REVIEWER, value: { id: who.id, name: who.name } });
    await db.settings.put({ key: REVIEWER_NAME, value: who.name });
    return true;
  });
}
