import * as Y from 'yjs';
import { commonEnds } from '../model/common-ends';
import { canonicalJson } from '../model/desk/content-hash';
import { decisionEntryId, decisionState, type DecisionEntry } from '../model/desk/decision-log';
import type { Reviewer } from '../model/desk/reviewer';
import type { Annotation } from '../model/types';
import {
  LIST_FIELDS,
  PLAIN_FIELDS,
  SHARED_FIELDS as F,
  annotationsMap,
  listItemKey,
  randomHex14,
  sharedOf,
  tombstonesMap,
  type SharedTombstone,
} from './shared-article';

/** Who writes into the document, and whether the desk lets them decide. */
export interface SyncAuthor {
  reviewer: Reviewer;
  /** A curator: their decisions go into the log; a reviewer's verdict is their assessment only. */
  canDecide: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * Types the store's change of a note (`before` → `next`) into the shared text. The change is
 * made where `before` stands in the document, which may hold a colleague's words around it by
 * now (offline edits meeting): diffing the document against `next` would delete those. Without
 * a unique `before` in it, what differs between the document and `next` is replaced, keeping
 * the common ends.
 */
export function typeInto(text: Y.Text, before: string | undefined, next: string): void {
  const now = text.toString();
  if (now === next) return;
  const at = before === undefined ? -1 : now.indexOf(before);
  const from = before !== undefined && at >= 0 && now.indexOf(before, at + 1) < 0 ? before : now;
  const offset = from === now ? 0 : at;
  const [start, end] = commonEnds(from, next);
  text.delete(offset + start, from.length - start - end);
  text.insert(offset + start, next.slice(start, next.length - end));
}

/**
 * A list field's change (`before` → `after`) into its shared list: what the
 * change removed is removed and what it added is added (once), whatever else
 * the list holds is kept, so two reviewers' changes at once are both kept.
 * A list that is not shared yet (a document written before) is made one.
 */
export function writeList(
  entry: Y.Map<unknown>,
  key: string,
  before: readonly unknown[] | undefined,
  after: readonly unknown[],
): boolean {
  const list = entry.get(key);
  if (!(list instanceof Y.Array)) {
    const made = new Y.Array<unknown>();
    made.push([...after]);
    entry.set(key, made);
    return true;
  }
  const held = list.toArray().map(listItemKey);
  const removed = new Set((before ?? []).map(listItemKey));
  for (const item of after) removed.delete(listItemKey(item));
  let deleted = false;
  for (let i = held.length - 1; i >= 0; i--) {
    if (!removed.has(held[i] as string)) continue;
    list.delete(i, 1);
    deleted = true;
  }
  const present = new Set(held.filter(h => !removed.has(h)));
  const added = after.filter(item => {
    const key = listItemKey(item);
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
  if (added.length > 0) list.push(added);
  return deleted || added.length > 0;
}

/** A new annotation's map in `doc`, with its shared types. */
function newEntry(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set(F.note, new Y.Text());
  entry.set(F.assessments, new Y.Map());
  entry.set(F.decisions, new Y.Array());
  entry.set(F.history, new Y.Array());
  entry.set(F.edits, new Y.Array());
  for (const key of LIST_FIELDS) entry.set(key, new Y.Array());
  annotationsMap(doc).set(id, entry);
  return entry;
}

/**
 * Writes a local change of one annotation into its article's document:
 * only the fields that changed from `before` to `after` and that the
 * document does not hold already (so a change that came from the document
 * is not written back). The reviewer's own assessment only; a decision only
 * from a curator, seeing every head of the log (so it settles a conflict);
 * a curator's decision (a history entry that settles) also keeps an
 * annotation whose deletion conflicted. Returns whether anything was written.
 */
export function writeAnnotation(
  doc: Y.Doc,
  before: Annotation | undefined,
  after: Annotation,
  { reviewer, canDecide }: SyncAuthor,
): boolean {
  let wrote = false;
  doc.transact(() => {
    const entry = annotationsMap(doc).get(after.id) ?? newEntry(doc, after.id);
    const changed = (key: keyof Annotation) => !before || !same(before[key], after[key]);
    for (const key of PLAIN_FIELDS) {
      if (changed(key) && !same(entry.get(key), after[key])) {
        if (after[key] === undefined) entry.delete(key);
        else entry.set(key, after[key]);
        wrote = true;
      }
    }
    for (const key of LIST_FIELDS)
      if (changed(key)) wrote = writeList(entry, key, before?.[key], after[key]) || wrote;
    const note = sharedOf(entry, F.note, Y.Text);
    if (note && changed('note') && note.toString() !== after.note) {
      typeInto(note, before?.note, after.note);
      wrote = true;
    }
    const assessments = sharedOf(entry, F.assessments, Y.Map<unknown>);
    const mine = (list?: Annotation['assessments']) =>
      list?.find(x => x.reviewer.id === reviewer.id);
    const own = mine(after.assessments);
    if (
      assessments &&
      !same(mine(before?.assessments), own) &&
      !same(assessments.get(reviewer.id), own)
    ) {
      if (own) assessments.set(reviewer.id, own);
      else assessments.delete(reviewer.id);
      wrote = true;
    }
    const history = sharedOf(entry, F.history, Y.Array<unknown>);
    const known = new Set(
      [...(before?.history ?? []), ...(history?.toArray() ?? [])].map(h => canonicalJson(h)),
    );
    const added = after.history.filter(h => !known.has(canonicalJson(h)));
    if (history && added.length > 0) {
      history.push(added);
      wrote = true;
    }
    const settles = added.some(h => h.settles !== undefined);
    const decisions = sharedOf(entry, F.decisions, Y.Array<DecisionEntry>);
    if (canDecide && decisions) {
      const state = decisionState(decisions.toArray());
      const verdict = after.verdict ?? null;
      const decided = changed('verdict') && (state.verdict ?? null) !== verdict;
      if (decided || (settles && (state.conflict || (state.verdict ?? null) !== verdict))) {
        const seen = state.heads;
        const id = decisionEntryId(seen, randomHex14());
        decisions.push([{ id, by: reviewer, verdict, at: after.updatedAt, seen }]);
        wrote = true;
      }
    }
    const tombstones = tombstonesMap(doc);
    if (settles && tombstones.has(after.id)) {
      // the curator kept what one reviewer deleted and another edited meanwhile
      tombstones.delete(after.id);
      wrote = true;
    }
    if (wrote) sharedOf(entry, F.edits, Y.Array<string>)?.push([`1-${randomHex14()}`]);
  });
  return wrote;
}

/**
 * Writes a local deletion: a tombstone naming the edits it had seen. An edit
 * it had not seen (made meanwhile elsewhere) makes it a conflict
 * (`editsUnseen`); the annotation's map stays, so nothing is lost either way.
 */
export function writeDeletion(doc: Y.Doc, id: string, reviewer: Reviewer, at: string): void {
  const entry = annotationsMap(doc).get(id);
  if (!entry) return;
  const seen = sharedOf(entry, F.edits, Y.Array<string>)?.toArray() ?? [];
  const tombstone: SharedTombstone = { by: reviewer.name, byId: reviewer.id, at, seen };
  tombstonesMap(doc).set(id, tombstone);
}
