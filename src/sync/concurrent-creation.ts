import * as Y from 'yjs';
import { commonEnds } from '../model/common-ends';
import { canonicalJson } from '../model/desk/content-hash';
import {
  LIST_FIELDS,
  PLAIN_FIELDS,
  SHARED_FIELDS as F,
  annotationsMap,
  listItemKey,
  sharedOf,
} from './shared-article';

/** One annotation's map read whole: what Yjs drops when it keeps another map for the same id. */
export interface EntryContent {
  plain: Record<string, unknown>;
  note: string;
  /** Reviewer id → assessment. */
  assessments: Record<string, unknown>;
  decisions: unknown[];
  history: unknown[];
  edits: unknown[];
}

/**
 * What `entry` holds, as plain values: now, or as it was at `at` (a map Yjs
 * dropped, read in a document that keeps deleted items: what its writer wrote
 * and had not deleted by then).
 */
export function contentOf(entry: Y.Map<unknown>, at?: Y.Snapshot): EntryContent {
  const get = (key: string): unknown =>
    at ? Y.typeMapGetSnapshot(entry, key, at) : entry.get(key);
  const shared = <T>(key: string, kind: abstract new (...args: never[]) => T) => {
    const value = get(key);
    return value instanceof kind ? value : undefined;
  };
  const plain: Record<string, unknown> = {};
  for (const key of PLAIN_FIELDS) {
    const value = get(key);
    if (value !== undefined) plain[key] = value;
  }
  const list = (key: string) => {
    const array = shared(key, Y.Array<unknown>);
    if (!array) return [];
    return at ? Y.typeListToArraySnapshot(array, at) : array.toArray();
  };
  // tags and sources: a shared list's elements, or a plain list of a document written before
  for (const key of LIST_FIELDS) {
    const value = get(key);
    if (value instanceof Y.Array) plain[key] = list(key);
    else if (value !== undefined) plain[key] = value;
  }
  const note = shared(F.note, Y.Text);
  const assessments = shared(F.assessments, Y.Map<unknown>);
  return {
    plain,
    note: note ? textOf(note, at) : '',
    assessments: assessments ? mapOf(assessments, at) : {},
    decisions: list(F.decisions),
    history: list(F.history),
    edits: list(F.edits),
  };
}

/** A shared text's words, now or at `at`. */
function textOf(text: Y.Text, at?: Y.Snapshot): string {
  if (!at) return text.toString();
  const ops = text.toDelta(at) as { insert?: unknown }[];
  return ops.map(op => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** A shared map's entries as plain values, now or at `at`. */
function mapOf(map: Y.Map<unknown>, at?: Y.Snapshot): Record<string, unknown> {
  return at ? { ...Y.typeMapGetAllSnapshot(map, at) } : map.toJSON();
}

/** Both maps of an id created twice: the one the document holds (read whole) and the one sent. */
export interface CreatedTwice {
  held: EntryContent;
  /** The held map's item, `client:clock`: Yjs may keep it or drop it. */
  heldItem: string;
  /** What the sent map holds, read whole even where Yjs drops it. */
  sent: EntryContent;
  /** The sent map's item, `client:clock`. */
  sentItem: string;
}

/** What an update creates: its new annotation maps' items, and the ids it creates twice. */
export interface Creations {
  /** The items (`client:clock`) of every annotation map it creates. */
  created: string[];
  twice: Map<string, CreatedTwice>;
}

/** A document of `updates`, kept whole (nothing garbage-collected). */
function documentOf(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** An item's id as `client:clock`. */
export const itemKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/** The struct `doc` holds at `id` (an id or `client:clock`), or null while it has not integrated it. */
export function structAt(doc: Y.Doc, id: Y.ID | string): Y.Item | Y.GC | null {
  const [client, clock] =
    typeof id === 'string'
      ? (id.split(':').map(Number) as [number, number])
      : [id.client, id.clock];
  return Y.getState(doc.store, client) > clock
    ? Y.getItem(doc.store, Y.createID(client, clock))
    : null;
}

/** The shared type the item at `id` holds, if `doc` holds it. */
export function typeAt(doc: Y.Doc, id: Y.ID | string): Y.AbstractType<unknown> | null {
  const struct = structAt(doc, id);
  const content = struct instanceof Y.Item ? struct.content : null;
  return content instanceof Y.ContentType ? content.type : null;
}

/** The item (`client:clock`) of the map `doc` holds for annotation `id` now, if any. */
export function mapItemOf(doc: Y.Doc, id: string): string | undefined {
  const entry = annotationsMap(doc).get(id);
  return entry?._item ? itemKey(entry._item.id) : undefined;
}

/**
 * The annotations `update` creates, and those it creates without having
 * seen the map `doc` holds for their id: two clients offline created the
 * same id (both imported one file). Such a map's item has no origin (it saw
 * nothing under its key), where an overwrite names the map it replaced.
 * Yjs keeps one map per id (the higher client id's) and drops the other,
 * whichever came first, so both are returned for `mergeCreations`; the
 * sent map is read from a document of its own. Found without applying
 * anything to `doc`; the usual update creates nothing twice.
 */
export function creationsIn(doc: Y.Doc, update: Uint8Array): Creations {
  const held = annotationsMap(doc);
  const created: string[] = [];
  const ids = new Map<string, Y.ID>();
  for (const s of Y.decodeUpdate(update).structs) {
    if (!(s instanceof Y.Item) || (s.parent as unknown) !== 'annotations' || s.origin !== null)
      continue;
    // an item the document has already (a message sent again) creates nothing
    if (typeof s.parentSub !== 'string' || Y.getState(doc.store, s.id.client) > s.id.clock)
      continue;
    created.push(itemKey(s.id));
    if (held.has(s.parentSub)) ids.set(s.parentSub, s.id);
  }
  const twice = new Map<string, CreatedTwice>();
  if (ids.size === 0) return { created, twice };
  // the sent map read alone: whole when the update holds its writer's history from its start;
  // otherwise beside the document's, where Yjs may drop it: then it is read as it was before
  // the drop, from the items kept (nothing collected) that its writer had not deleted
  const alone = documentOf([update]);
  let beside: { doc: Y.Doc; beforeDrop: Y.Snapshot } | null = null;
  for (const [id, sentId] of ids) {
    const entry = held.get(id);
    const heldItem = mapItemOf(doc, id);
    const sentItem = itemKey(sentId);
    let sent: unknown =
      mapItemOf(alone, id) === sentItem ? annotationsMap(alone).get(id) : undefined;
    let at: Y.Snapshot | undefined;
    if (!sent) {
      beside ??= besideDocument(doc, update);
      // an update that needs what the document lacks waits in Yjs: nothing to read yet
      sent = typeAt(beside.doc, sentId) ?? undefined;
      if (mapItemOf(beside.doc, id) !== sentItem) at = beside.beforeDrop;
    }
    if (entry instanceof Y.Map && heldItem && sent instanceof Y.Map)
      twice.set(id, { held: contentOf(entry), heldItem, sent: contentOf(sent, at), sentItem });
  }
  return { created, twice };
}

/**
 * `doc` and `update` in one document that keeps every item, and the moment
 * before Yjs dropped a map the update creates: everything the document holds,
 * with only the deletions the update's writer made (a map created offline
 * holds only what its writer wrote, so no one else's deletions reach it).
 */
function besideDocument(doc: Y.Doc, update: Uint8Array) {
  const beside = documentOf([Y.encodeStateAsUpdate(doc), update]);
  const everything = Y.decodeStateVector(Y.encodeStateVector(beside));
  return { doc: beside, beforeDrop: Y.createSnapshot(Y.decodeUpdate(update).ds, everything) };
}

const later = (a: unknown, b: unknown) => String(a ?? '') > String(b ?? '');

/** Writes what `content` holds into `entry`, keeping what `entry` holds: see `mergeCreations`. */
function mergeInto(entry: Y.Map<unknown>, content: EntryContent): void {
  const newer = later(content.plain.updatedAt, entry.get('updatedAt'));
  for (const key of PLAIN_FIELDS) {
    const value = content.plain[key];
    if (value === undefined) continue;
    const differs = canonicalJson(entry.get(key) ?? null) !== canonicalJson(value);
    if (!entry.has(key) || (newer && differs)) entry.set(key, value);
  }
  for (const key of LIST_FIELDS) {
    const theirs = content.plain[key];
    const list = sharedOf(entry, key, Y.Array<unknown>);
    if (!Array.isArray(theirs)) continue;
    if (!list) {
      // a plain list here (a document written before): one value, as a plain field keeps
      if (!entry.has(key) || newer) entry.set(key, Y.Array.from(theirs));
      continue;
    }
    pushMissing(list, theirs, listItemKey);
  }
  const note = sharedOf(entry, F.note, Y.Text);
  const now = note?.toString() ?? '';
  if (note && !now.includes(content.note)) {
    // both notes' words: what the other typed goes after what this one typed at the same place,
    // whole words apart
    let [start, end] = commonEnds(now, content.note);
    while (start > 0 && !/\s/.test(now[start - 1] ?? '')) start--;
    while (end > 0 && !/\s/.test(now[now.length - end] ?? '')) end--;
    const theirs = content.note.slice(start, content.note.length - end);
    const at = now.length - end;
    const apart = at > start && !/\s$/.test(now.slice(0, at)) && !/^\s/.test(theirs);
    note.insert(at, apart ? ` ${theirs}` : theirs);
  }
  const assessments = sharedOf(entry, F.assessments, Y.Map<unknown>);
  for (const [reviewer, value] of Object.entries(content.assessments)) {
    const mine = assessments?.get(reviewer) as { at?: unknown } | undefined;
    if (!mine || later((value as { at?: unknown } | null)?.at, mine.at))
      assessments?.set(reviewer, value);
  }
  for (const key of LOGS) appendMissing(entry, key, content[key]);
}

/** The append-only lists of an annotation's map, and what makes two of their entries one. */
export const LOGS = [F.decisions, F.history, F.edits] as const;
export const entryKey: Record<(typeof LOGS)[number], (entry: unknown) => string> = {
  [F.decisions]: d => String((d as { id?: unknown } | null)?.id),
  [F.history]: h => canonicalJson(h),
  [F.edits]: e => String(e),
};

/** Pushes onto `list` what of `items` it lacks, two being one when `idOf` says so. */
function pushMissing(
  list: Y.Array<unknown>,
  items: readonly unknown[],
  idOf: (item: unknown) => string,
) {
  const known = new Set(list.toArray().map(idOf));
  const missing = items.filter(item => !known.has(idOf(item)));
  if (missing.length > 0) list.push(missing);
}

/** Appends to the log `key` of `entry` what of `items` it lacks. */
export function appendMissing(
  entry: Y.Map<unknown>,
  key: (typeof LOGS)[number],
  items: unknown[],
): void {
  const list = sharedOf(entry, key, Y.Array<unknown>);
  if (list) pushMissing(list, items, entryKey[key]);
}

/** The entries of the log `key` that `after` holds and `before` did not. */
export function addedEntries(
  key: (typeof LOGS)[number],
  before: EntryContent,
  after: EntryContent,
): unknown[] {
  const had = new Set(before[key].map(entryKey[key]));
  return after[key].filter(item => !had.has(entryKey[key](item)));
}

/** The update `write` makes to `doc` in one transaction, or null when it wrote nothing. */
export function updateMadeBy(doc: Y.Doc, write: () => void): Uint8Array | null {
  let made: Uint8Array | null = null;
  const keep = (update: Uint8Array) => (made = made ? Y.mergeUpdates([made, update]) : update);
  doc.on('update', keep);
  try {
    doc.transact(write);
  } finally {
    doc.off('update', keep);
  }
  return made;
}

/**
 * Writes the dropped map of each id created twice (`creationsIn`), now that
 * `doc` holds the other, into the one it holds, so that neither creation is
 * lost: fields kept where they agree or where one map lacks them, the newer
 * map's (`updatedAt`) where they differ (a plain field keeps one value, as
 * ever); both notes' words; every reviewer's assessment (the newer of two by
 * one reviewer); both decision logs (two decisions that did not see each
 * other are a conflict for a curator), histories and edits. Returns the
 * update it made, or null when there was nothing to write.
 */
export function mergeCreations(doc: Y.Doc, twice: Map<string, CreatedTwice>): Uint8Array | null {
  return updateMadeBy(doc, () => {
    for (const [id, { held, heldItem, sent }] of twice) {
      const entry = annotationsMap(doc).get(id);
      if (!(entry instanceof Y.Map)) continue;
      mergeInto(entry, mapItemOf(doc, id) === heldItem ? sent : held);
    }
  });
}
