import * as Y from 'yjs';
import { sameJson } from '../model/same-json';
import {
  LOGS,
  addedEntries,
  appendMissing,
  contentOf,
  mapItemOf,
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

/**
 * A map Yjs dropped for another created at the same time (`creationsIn`),
 * kept alive in a document of its writer's items alone, where no other
 * creation drops it. What its writer sends into it after the desk merged it
 * (queued offline, or on its way while the other map came) lands in a map
 * no one reads: read here, it is written into the map Yjs keeps as the
 * change it is (`writeChange`).
 */
export interface DroppedMap<W extends { id: string }> {
  /** The annotation's id. */
  id: string;
  /** The dropped map's item, `client:clock`. */
  item: string;
  /** Its writer's items, where it lives. */
  copy: Y.Doc;
  /** Who wrote it: only their updates are read into it. */
  writer: W;
  /** Kept until then (ms), and a while after each change read. */
  until: number;
}

// What a browser queued offline is sent on reconnecting, and what was on its way arrives a moment
// after: ten minutes is ample, and bounds what a copy holds
const KEEP_MS = 10 * 60_000;

/**
 * Keeps the map `item` of annotation `id` readable: `doc` must hold it
 * still (the desk's copy before the update that drops it), or `update` must
 * create it (the update whose map is dropped). Only its writer's items are
 * copied: the other creation is not among them.
 */
export function keepDropped<W extends { id: string }>(
  doc: Y.Doc,
  id: string,
  item: string,
  writer: W,
  update?: Uint8Array,
): DroppedMap<W> {
  const everyoneElse = Y.decodeStateVector(Y.encodeStateVector(doc));
  everyoneElse.set(Number(item.split(':')[0]), 0);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(everyoneElse)));
  if (update) Y.applyUpdate(copy, update);
  return { id, item, copy, writer, until: Date.now() + KEEP_MS };
}

/** What `dropped` holds, when it still holds its map. */
function readDropped({ copy, id, item }: DroppedMap<{ id: string }>): EntryContent | null {
  const entry = annotationsMap(copy).get(id);
  return entry instanceof Y.Map && mapItemOf(copy, id) === item ? contentOf(entry) : null;
}

/**
 * `update` (from the dropped map's writer) applied to its copy: the map's
 * content before and after when the update changed it, null otherwise.
 */
function changeIn(
  dropped: DroppedMap<{ id: string }>,
  update: Uint8Array,
): { before: EntryContent; after: EntryContent } | null {
  const before = readDropped(dropped);
  if (!before) return null;
  try {
    Y.applyUpdate(dropped.copy, update);
  } catch {
    // the desk took this update already; a copy that cannot take it is read as it was
    return null;
  }
  const after = readDropped(dropped);
  if (!after || sameJson(before, after)) return null;
  return { before, after };
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
  copies.filter(c => c.until > Date.now());

/**
 * What `update` from `writer` wrote into the `dropped` maps they wrote,
 * written into the maps `doc` keeps for their ids where `allowed` (the
 * desk's rules for that writer): the update that writes it, or null.
 */
export function writeFollowUps<W extends { id: string }>(
  doc: Y.Doc,
  dropped: DroppedMap<W>[],
  update: Uint8Array,
  writer: W,
  allowed: (before: EntryContent, after: EntryContent) => boolean,
): Uint8Array | null {
  const changes = dropped.flatMap(d => {
    if (d.writer.id !== writer.id) return [];
    const change = changeIn(d, update);
    if (!change || !allowed(change.before, change.after)) return [];
    d.until = Date.now() + KEEP_MS;
    return [{ id: d.id, ...change }];
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
