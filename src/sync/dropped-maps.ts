import * as Y from 'yjs';
import { sameJson } from '../model/same-json';
import {
  LOGS,
  addedEntries,
  appendMissing,
  contentOf,
  itemKey,
  mapItemOf,
  structAt,
  typeAt,
  updateMadeBy,
  type EntryContent,
} from './concurrent-creation';
import {
  LIST_FIELDS,
  PLAIN_FIELDS,
  SHARED_FIELDS as F,
  annotationsMap,
  sharedOf,
} from './shared-article';
import { typeInto, writeList } from './write-local';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/**
 * What the desk held when a map was dropped (or was about to be), and the
 * dropped map's writer's updates since, nothing collected: the map is read
 * there as its writer sees it, deleted only where the desk had deleted
 * before or the writer deleted since (`deletions`), not where Yjs dropped it.
 * A copy of the writer's items alone could not hold the map when the writer
 * had written into a colleague's annotation before: Yjs keeps a client's
 * later items waiting for what its earlier ones need.
 */
interface DroppedCopy<W extends { id: string }> {
  doc: Y.Doc;
  deletions: DeleteSet;
  /** Who wrote the dropped maps: only their updates are read into the copy. */
  writer: W;
  /** Kept until then (ms), and a while after each change read. */
  until: number;
}

/**
 * A map Yjs dropped for another created at the same time (`creationsIn`),
 * kept readable in a copy of the desk's document. What its writer sends into
 * it after the desk merged it (queued offline, or on its way while the other
 * map came) lands in a map no one reads: read in the copy, it is written into
 * the map Yjs keeps as the change it is (`writeChange`).
 */
export interface DroppedMap<W extends { id: string }> {
  /** The annotation's id. */
  id: string;
  /** The dropped map's item, `client:clock`. */
  item: string;
  copy: DroppedCopy<W>;
  /** What it held when last read; null when the copy does not hold it. */
  seen: EntryContent | null;
}

// What a browser queued offline is sent on reconnecting, and what was on its way arrives a moment
// after: ten minutes is ample, and bounds how long a copy is held
const KEEP_MS = 10 * 60_000;

/**
 * An update for a copy: `own` when its deletions are its writer's own (one
 * change of theirs); otherwise (a sync step 2, which carries every deletion
 * its sender knows, or another's update) they may include the drop itself,
 * and are not read as deletions.
 */
export interface CopiedUpdate {
  update: Uint8Array;
  own: boolean;
}

/**
 * `update` into `copy`: the annotation maps (their items) it wrote into or
 * deleted from, or null when the copy could not take it.
 */
function applyToCopy(
  copy: DroppedCopy<{ id: string }>,
  { update, own }: CopiedUpdate,
): Set<string> | null {
  try {
    Y.applyUpdate(copy.doc, update);
  } catch {
    return null;
  }
  const { structs, ds } = Y.decodeUpdate(update);
  if (own) copy.deletions = Y.mergeDeleteSets([copy.deletions, ds]);
  const touched = new Set<string>();
  const note = (id: Y.ID) => {
    const struct = structAt(copy.doc, id);
    const entry = struct && annotationItemOf(struct);
    if (entry) touched.add(itemKey(entry.id));
  };
  for (const s of structs) note(s.id);
  for (const [client, ranges] of ds.clients)
    for (const r of ranges) note(Y.createID(client, r.clock));
  return touched;
}

/** The annotation map (its item) that `struct` lies in, if any. */
function annotationItemOf(struct: Y.Item | Y.GC): Y.Item | null {
  let item = struct instanceof Y.Item ? struct : null;
  while (item && item.parent instanceof Y.AbstractType && item.parent._item)
    item = item.parent._item;
  return item;
}

/**
 * Keeps the `maps` of `writer` readable, in one copy of `doc` and `update`
 * (the update that drops them, or whose own maps are dropped): `doc` must
 * hold them still, or `update` must create them.
 */
export function keepDropped<W extends { id: string }>(
  doc: Y.Doc,
  maps: readonly { id: string; item: string }[],
  writer: W,
  update: CopiedUpdate,
): DroppedMap<W>[] {
  const copyDoc = new Y.Doc({ gc: false });
  Y.applyUpdate(copyDoc, Y.encodeStateAsUpdate(doc));
  const deletions = Y.createDeleteSetFromStructStore(doc.store);
  const copy = { doc: copyDoc, deletions, writer, until: Date.now() + KEEP_MS };
  applyToCopy(copy, update);
  const dropped = maps.map(({ id, item }) => ({ id, item, copy, seen: null }));
  readDropped(copy, dropped);
  return dropped;
}

/** Reads the `dropped` maps as their writer sees them now (their `seen`). */
function readDropped<W extends { id: string }>(
  copy: DroppedCopy<W>,
  dropped: DroppedMap<W>[],
): void {
  const at = Y.createSnapshot(copy.deletions, Y.decodeStateVector(Y.encodeStateVector(copy.doc)));
  copy.doc.transact(tr => {
    // items split where the deletions begin and end, and read before the transaction's end
    // joins them again: a deletion inside an item the drop deleted whole (a list's elements
    // pushed at once) does not split it, and a snapshot reads an item as its first element is
    Y.iterateDeletedStructs(tr, copy.deletions, () => {});
    for (const map of dropped) {
      const entry = typeAt(copy.doc, map.item);
      map.seen = entry instanceof Y.Map ? contentOf(entry, at) : null;
    }
  });
}

/**
 * `update` (from the dropped maps' writer) applied to their copy: each map's
 * content before and after, for the maps the update changed.
 */
function changesIn<W extends { id: string }>(
  copy: DroppedCopy<W>,
  dropped: DroppedMap<W>[],
  update: CopiedUpdate,
): { map: DroppedMap<W>; before: EntryContent; after: EntryContent }[] {
  // the desk took this update already; a copy that cannot take it is read as it was
  const touched = applyToCopy(copy, update);
  const maps = dropped.filter(d => touched?.has(d.item));
  const before = maps.map(d => d.seen);
  readDropped(copy, maps);
  return maps.flatMap((map, i) => {
    const [was, is] = [before[i], map.seen];
    return was && is && !sameJson(was, is) ? [{ map, before: was, after: is }] : [];
  });
}

/** Of the copies made before an update, those of the maps `doc` dropped with it. */
export function droppedIn<W extends { id: string }>(
  doc: Y.Doc,
  copies: DroppedMap<W>[],
): DroppedMap<W>[] {
  return copies.filter(c => mapItemOf(doc, c.id) !== c.item);
}

/** The copies still kept. */
export const stillKept = <W extends { id: string }>(copies: DroppedMap<W>[]): DroppedMap<W>[] =>
  copies.filter(c => c.copy.until > Date.now());

/**
 * What `update` from `writer` wrote into the `dropped` maps they wrote,
 * written into the maps `doc` keeps for their ids where `allowed` (the
 * desk's rules for that writer): the update that writes it, or null.
 */
export function writeFollowUps<W extends { id: string }>(
  doc: Y.Doc,
  dropped: DroppedMap<W>[],
  update: CopiedUpdate,
  writer: W,
  allowed: (before: EntryContent, after: EntryContent) => boolean,
): Uint8Array | null {
  const byCopy = new Map<DroppedCopy<W>, DroppedMap<W>[]>();
  for (const d of dropped) {
    if (d.copy.writer.id !== writer.id) continue;
    const maps = byCopy.get(d.copy);
    if (maps) maps.push(d);
    else byCopy.set(d.copy, [d]);
  }
  const changes = [...byCopy].flatMap(([copy, maps]) => {
    const read = changesIn(copy, maps, update).filter(c => allowed(c.before, c.after));
    if (read.length > 0) copy.until = Date.now() + KEEP_MS;
    return read.map(({ map, before, after }) => ({ id: map.id, before, after }));
  });
  if (changes.length === 0) return null;
  return updateMadeBy(doc, () => {
    for (const { id, before, after } of changes) {
      const entry = annotationsMap(doc).get(id);
      if (entry instanceof Y.Map) writeChange(entry, before, after);
    }
  });
}

/**
 * Writes into `entry` what changed from `before` to `after` (two readings
 * of another map of its id, one Yjs dropped): each field that changed, the
 * note's change typed where its words stand, list elements removed and
 * added, assessments that changed, log entries added.
 */
function writeChange(entry: Y.Map<unknown>, before: EntryContent, after: EntryContent) {
  for (const key of PLAIN_FIELDS) {
    const value = after.plain[key];
    if (sameJson(before.plain[key], value)) continue;
    if (value === undefined) entry.delete(key);
    else entry.set(key, value);
  }
  for (const key of LIST_FIELDS) {
    const [was, is] = [before.plain[key], after.plain[key]];
    if (!sameJson(was, is) && Array.isArray(is))
      writeList(entry, key, Array.isArray(was) ? was : [], is);
  }
  const note = sharedOf(entry, F.note, Y.Text);
  if (note && before.note !== after.note) typeInto(note, before.note, after.note);
  const assessments = sharedOf(entry, F.assessments, Y.Map<unknown>);
  for (const reviewer of new Set([
    ...Object.keys(before.assessments),
    ...Object.keys(after.assessments),
  ])) {
    const value = after.assessments[reviewer];
    if (sameJson(before.assessments[reviewer], value)) continue;
    if (value === undefined) assessments?.delete(reviewer);
    else assessments?.set(reviewer, value);
  }
  for (const key of LOGS) appendMissing(entry, key, addedEntries(key, before, after));
}
