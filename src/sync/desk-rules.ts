import * as Y from 'yjs';
import { sameJson } from '../model/same-json';
import type { DecisionEntry } from '../model/desk/decision-log';
import {
  addedEntries,
  creationsIn,
  mapItemOf,
  mergeCreations,
  type CreatedTwice,
  type EntryContent,
} from './concurrent-creation';
import {
  droppedIn,
  keepDropped,
  stillKept,
  writeFollowUps,
  type CopiedUpdate,
  type DroppedMap,
} from './dropped-maps';
import type { SentUpdate } from './sync-message';
import { LIST_FIELDS, SHARED_FIELDS as F, annotationsMap, articleMap } from './shared-article';

/** Who sent an update, as the server knows them from their token. */
export interface Writer {
  id: string;
  /** Only a curator's decisions are kept. */
  curator: boolean;
}

const SHARED_KEYS: readonly string[] = Object.values(F);
const isList = (key: string) => (LIST_FIELDS as readonly string[]).includes(key);
const isShared = (value: unknown) => value instanceof Y.AbstractType;

const FOREIGN_ASSESSMENT = 'an assessment under another reviewer’s id';

/** What a shared type added to an annotation may hold from `writer`. */
function checkAdded(key: string, value: unknown, writer: Writer): string | null {
  if (key === F.assessments && value instanceof Y.Map) {
    for (const reviewer of value.keys()) if (reviewer !== writer.id) return FOREIGN_ASSESSMENT;
  }
  if (key === F.decisions && value instanceof Y.Array)
    return checkDecisions(value.toArray(), writer);
  return null;
}

/** What a new annotation map may hold from `writer`. */
function checkNewEntry(entry: Y.Map<unknown>, writer: Writer): string | null {
  for (const key of SHARED_KEYS) {
    const why = checkAdded(key, entry.get(key), writer);
    if (why) return why;
  }
  return null;
}

/** What makes an article the one it is: the rest (its title, when it was put here) is bookkeeping. */
const ARTICLE_IDENTITY: readonly string[] = ['id', 'text', 'textHash', 'doc', 'previousVersionId'];

/**
 * Whether an observed change of the article's map changes the article. Two
 * clients that opened one article at once both put it (Yjs keeps one value
 * of each field): a put that had seen nothing of the desk's copy, of the
 * same text, is no change; anything else written over it is.
 */
function articleChanged(event: Y.YMapEvent<unknown>): boolean {
  const map = event.target as Y.Map<unknown>;
  for (const [key, change] of event.changes.keys) {
    if (change.action !== 'update' || map._map.get(key)?.origin !== null) return true;
    if (ARTICLE_IDENTITY.includes(key) && !sameJson(change.oldValue, map.get(key))) return true;
  }
  return false;
}

/** What a change of a dropped map (`writeFollowUps`) may hold from `writer`: their own assessment, their decisions. */
function checkChange(before: EntryContent, after: EntryContent, writer: Writer): string | null {
  const changed = new Set([...Object.keys(before.assessments), ...Object.keys(after.assessments)]);
  for (const reviewer of changed)
    if (
      reviewer !== writer.id &&
      !sameJson(before.assessments[reviewer], after.assessments[reviewer])
    )
      return FOREIGN_ASSESSMENT;
  return checkDecisions(addedEntries(F.decisions, before, after), writer);
}

/** What a new annotation map, read whole (one Yjs may drop), may hold from `writer`. */
function checkNewContent(content: EntryContent, writer: Writer): string | null {
  if (Object.keys(content.assessments).some(reviewer => reviewer !== writer.id))
    return FOREIGN_ASSESSMENT;
  return checkDecisions(content.decisions, writer);
}

function checkDecisions(entries: readonly unknown[], writer: Writer): string | null {
  if (entries.length === 0) return null;
  if (!writer.curator) return 'a decision from a reviewer who is not a curator';
  const forged = entries.some(e => (e as Partial<DecisionEntry> | null)?.by?.id !== writer.id);
  return forged ? 'a decision in another curator’s name' : null;
}

/** What breaks the desk's rules in one observed change of an article's document, or null. */
function checkEvent(
  event: Y.YEvent<Y.AbstractType<unknown>>,
  writer: Writer,
  createdTwice: ReadonlySet<string>,
): string | null {
  const [id, field] = event.path as [string?, string?];
  if (id === undefined) {
    for (const [key, change] of event.changes.keys) {
      // a creation that had not seen the map it replaces: the desk merges both
      const twice = change.action === 'update' && createdTwice.has(key);
      if (change.action !== 'add' && !twice)
        return 'an annotation removed or replaced (deletions are tombstones)';
      const entry = annotationsMap(event.transaction.doc).get(key);
      const why =
        entry instanceof Y.Map ? checkNewEntry(entry, writer) : 'an annotation that is not a map';
      if (why) return why;
    }
    return null;
  }
  if (field === undefined) {
    const entry = event.target as Y.Map<unknown>;
    for (const [key, change] of event.changes.keys) {
      if (!SHARED_KEYS.includes(key)) continue;
      // a plain list of a document written before lists were shared, made one
      const shared = change.action === 'update' && isList(key) && !isShared(change.oldValue);
      if (change.action !== 'add' && !shared) return `the ${key} of an annotation replaced`;
      const why = checkAdded(key, entry.get(key), writer);
      if (why) return why;
    }
    return null;
  }
  if (field === F.assessments) {
    for (const key of event.changes.keys.keys()) if (key !== writer.id) return FOREIGN_ASSESSMENT;
    return null;
  }
  if (field === F.decisions || field === F.history || field === F.edits) {
    if (event.changes.deleted.size > 0)
      return `an entry removed from the ${field} (they only grow)`;
    if (field !== F.decisions) return null;
    return checkDecisions(
      [...event.changes.added].flatMap(item => item.content.getContent()),
      writer,
    );
  }
  return null;
}

// Each document's trial copy, kept equal to it: every update of the document is applied to its
// copy too. Copying the whole document for every message made each message cost the document's
// size (20 clients × 100 edits spent 40 s there); a copy that took a refused update is dropped.
const trials = new WeakMap<Y.Doc, Y.Doc>();
const followed = new WeakSet<Y.Doc>();

// Per document: the annotation maps (their items) this desk's own clients created, and by whom;
// what the desk does with a merge it makes after the fact (journals it); the maps Yjs dropped
// that were merged here, kept readable a while for what their writers still send into them
const ownMaps = new WeakMap<Y.Doc, Map<string, Writer>>();
const lateMerges = new WeakMap<Y.Doc, (merge: Uint8Array) => void>();
const droppedMaps = new WeakMap<Y.Doc, DroppedMap<Writer>[]>();
type DroppedAt = Pick<DroppedMap<Writer>, 'id' | 'item'>;

/**
 * Copies of the maps created twice that `update` may drop, made before it
 * is applied (one copy per writer): the held map when this desk's client
 * created it, the sent one when `update` came from this desk's client
 * (`sent`, whether its deletions are that client's own).
 */
function candidates(
  doc: Y.Doc,
  trial: Y.Doc,
  twice: Map<string, CreatedTwice>,
  update: Uint8Array,
  sent: { by: Writer; own: boolean } | null,
): DroppedMap<Writer>[] {
  const own = ownMaps.get(doc);
  const groups = new Map<string, { writer: Writer; maps: DroppedAt[]; update: CopiedUpdate }>();
  const add = (writer: Writer, map: DroppedAt, copied: CopiedUpdate) => {
    const key = `${copied.own}:${writer.id}`;
    const group = groups.get(key) ?? { writer, maps: [], update: copied };
    group.maps.push(map);
    groups.set(key, group);
  };
  for (const [id, t] of twice) {
    const heldBy = own?.get(t.heldItem);
    if (heldBy) add(heldBy, { id, item: t.heldItem }, { update, own: false });
    if (sent) add(sent.by, { id, item: t.sentItem }, { update, own: sent.own });
  }
  return [...groups.values()].flatMap(g => keepDropped(trial, g.maps, g.writer, g.update));
}

/** Of the `copies` made before an update, those whose map `trial` dropped with it, kept. */
function keepThoseDropped(doc: Y.Doc, trial: Y.Doc, copies: DroppedMap<Writer>[]): void {
  const kept = droppedIn(trial, copies);
  if (kept.length > 0) droppedMaps.set(doc, [...(droppedMaps.get(doc) ?? []), ...kept]);
}

function trialOf(doc: Y.Doc): Y.Doc {
  if (!followed.has(doc)) {
    followed.add(doc);
    doc.on('update', (update: Uint8Array) => {
      const trial = trials.get(doc);
      if (!trial) return;
      // what `admit` did not see (another instance's, through Redis) may drop a map created here
      const { twice } = creationsIn(trial, update);
      const copies = twice.size > 0 ? candidates(doc, trial, twice, update, null) : [];
      Y.applyUpdate(trial, update);
      keepThoseDropped(doc, trial, copies);
      const dropped = droppedHere(doc, trial, twice, false);
      if (dropped.size === 0) return;
      // not inside the document's own update: a moment later, as the desk's own change
      setTimeout(() => {
        const merge = mergeCreations(doc, dropped);
        if (merge) lateMerges.get(doc)?.(merge);
      });
    });
  }
  let trial = trials.get(doc);
  if (!trial) {
    trial = new Y.Doc();
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    trials.set(doc, trial);
  }
  return trial;
}

/**
 * Of the ids created twice, those whose dropped map (now that `trial` has
 * both) this desk's own client created: each desk instance merges only
 * those, so that one merge is made of each, however many instances see it
 * (two merging one note would type its words twice). A sent map is one
 * (`sentHere`) when it came from this desk's client.
 */
function droppedHere(
  doc: Y.Doc,
  trial: Y.Doc,
  twice: Map<string, CreatedTwice>,
  sentHere: boolean,
): Map<string, CreatedTwice> {
  const own = ownMaps.get(doc);
  return new Map(
    [...twice].filter(([id, t]) =>
      mapItemOf(trial, id) === t.heldItem ? sentHere : (own?.has(t.heldItem) ?? false),
    ),
  );
}

/** What the desk makes of an update: refused (why), or kept with what it adds (`merge`). */
export type Admission = { refused: string } | { merge: Uint8Array | null };

/**
 * Whether the desk keeps `update` to `doc` from `writer` (`whole`: a sync
 * step 2, `SentUpdate`). Tried on a copy of the document, so the document
 * itself is untouched: the article never changes once written; annotations
 * are never removed (deletions are tombstones) and their shared parts never
 * replaced; the decision log, the history and the edits only grow; only a
 * curator adds decisions, in their own name; a reviewer writes only their
 * own assessment. An annotation
 * created again by a client that had not seen the desk's (`creationsIn`)
 * is no overwrite: kept, and `merge` is the update that writes the map Yjs
 * drops into the one it keeps, for the desk to apply too (its parts that
 * need the sent update wait in Yjs until it is applied). When the other
 * map comes later from another instance (Redis), the merge is made then
 * and given to `onLateMerge`. The copy is kept between calls (it holds
 * what passed, which the document is about to hold too) and made again
 * after a refusal.
 */
export function admit(
  doc: Y.Doc,
  { update, whole }: SentUpdate,
  writer: Writer,
  onLateMerge?: (merge: Uint8Array) => void,
): Admission {
  if (onLateMerge) lateMerges.set(doc, onLateMerge);
  const trial = trialOf(doc);
  const hadArticle = articleMap(trial).has('id');
  let why: string | null = null;
  let found: ReturnType<typeof creationsIn> = { created: [], twice: new Map() };
  try {
    found = creationsIn(trial, update);
  } catch {
    why = 'an update that could not be read';
  }
  for (const { sent } of found.twice.values()) why ??= checkNewContent(sent, writer);
  const sent = { by: writer, own: !whole };
  const copies =
    !why && found.twice.size > 0 ? candidates(doc, trial, found.twice, update, sent) : [];
  const onArticle = (event: Y.YMapEvent<unknown>) => {
    if (hadArticle && articleChanged(event))
      why ??= 'the article changed (a new text is a new article)';
  };
  const ids = new Set(found.twice.keys());
  const onAnnotations = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) why ??= checkEvent(event, writer, ids);
  };
  articleMap(trial).observe(onArticle);
  annotationsMap(trial).observeDeep(onAnnotations);
  try {
    if (!why) Y.applyUpdate(trial, update);
  } catch {
    why = 'an update that could not be read';
  } finally {
    articleMap(trial).unobserve(onArticle);
    annotationsMap(trial).unobserveDeep(onAnnotations);
  }
  if (why) {
    trials.delete(doc);
    trial.destroy();
    return { refused: why };
  }
  if (found.created.length > 0) {
    const own = ownMaps.get(doc) ?? new Map<string, Writer>();
    for (const item of found.created) own.set(item, writer);
    ownMaps.set(doc, own);
  }
  // what the writer sends into a map dropped before (none, nearly always), then the maps this
  // update drops
  const dropped = droppedMaps.get(doc);
  let written: Uint8Array | null = null;
  if (dropped) {
    const kept = stillKept(dropped);
    if (kept.length > 0) droppedMaps.set(doc, kept);
    else droppedMaps.delete(doc);
    written = writeFollowUps(
      trial,
      kept,
      { update, own: !whole },
      writer,
      (before, after) => checkChange(before, after, writer) === null,
    );
  }
  keepThoseDropped(doc, trial, copies);
  const twice = droppedHere(doc, trial, found.twice, true);
  const merged = twice.size > 0 ? mergeCreations(trial, twice) : null;
  return { merge: merged && written ? Y.mergeUpdates([written, merged]) : (merged ?? written) };
}
