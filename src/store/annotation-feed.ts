import Dexie, { type ObservabilitySet } from 'dexie';
import { byReadingOrder, replaceInOrder } from '../model/reading-order';
import { sameJson } from '../model/same-json';
import type { Annotation } from '../model/types';
import { annotationsOf, readInSlices } from './annotations';
import { db } from './db';
import { followWrites } from './live-feeds';
import { mutatedKeys } from './mutated-keys';

/** Annotations read first, from the top of the article, so the first screen is drawn early. */
const FIRST_PAGE = 300;
/** Beyond this many changed records at once, the whole article is read again. */
const MAX_TARGETED_READ = 1000;
/** Beyond this many records written at once, the list is sorted again rather than each moved. */
const MOVED_ONE_BY_ONE = 32;

export interface FeedSnapshot {
  /** The article's annotations in reading order: start, then the longer first. */
  annotations: readonly Annotation[];
  /** False while only the first page has been read. */
  complete: boolean;
}

/** First pages asked for ahead of the feed, by article id: read while the article itself is. */
const prefetched = new Map<string, Promise<Annotation[]>>();

const firstPage = (articleId: string) => annotationsOf(articleId).limit(FIRST_PAGE).toArray();

/**
 * Starts reading the first page of an article's annotations now, for the
 * feed that will show them: the article record and its first annotations
 * are then read at the same time.
 */
export function prefetchAnnotations(articleId: string): void {
  if (!prefetched.has(articleId)) prefetched.set(articleId, firstPage(articleId));
}

/**
 * The annotations of one article, kept in memory and current: read first
 * the first page in reading order, then all; changed by this tab's own
 * writes at once (the store's write functions call `put`, `remove`), and by any committed write, this tab's
 * or another's, through Dexie's `storagemutated` event, which names the
 * records that changed so only those are read again. A review can hold ten
 * thousand annotations: reading them all again on each save would take
 * half a second.
 */
export class AnnotationFeed {
  private byId = new Map<string, Annotation>();
  private sorted: Annotation[] | null = [];
  private complete = false;
  private stopped = false;
  /** Keys changed while the full read was running, read again after it. */
  private pending: Set<string> | 'all' | null = null;
  private unfollow: () => void = () => {};

  /**
   * `onSlice` sees each slice of the full read as it arrives, before the
   * feed gives them all at once: time to prepare them (compute their
   * highlights) a slice at a time rather than all in one frame.
   */
  constructor(
    private readonly articleId: string,
    private readonly onChange: (snapshot: FeedSnapshot, bulk: boolean) => void,
    private readonly onSlice: (slice: readonly Annotation[]) => void = () => {},
  ) {}

  /** Starts reading, and following changes: this tab's writes as they are made, any tab's once committed. */
  start(): void {
    Dexie.on('storagemutated', this.onMutated);
    this.unfollow = followWrites(this);
    void this.load();
  }

  stop(): void {
    this.stopped = true;
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.unfollow();
  }

  /** What this tab just wrote, shown before the write's change event arrives (see `followWrites`). */
  put(annotation: Annotation): void {
    this.written([annotation], []);
  }

  /** What this tab just deleted. */
  remove(id: string): void {
    this.written([], [id]);
  }

  /**
   * What one write of this tab did, told once: a few records are moved
   * within the sorted list; many (a sync's thousands) are sorted again
   * once, where moving each copied the list each time.
   */
  written(put: readonly Annotation[], removed: readonly string[]): void {
    const changes: [string, Annotation | undefined][] = [
      ...put
        .filter(a => a.articleId === this.articleId)
        .map(a => [a.id, a] as [string, Annotation]),
      ...removed.filter(id => this.byId.has(id)).map(id => [id, undefined] as [string, undefined]),
    ];
    if (changes.length === 0) return;
    let sorted = changes.length <= MOVED_ONE_BY_ONE ? this.sorted : null;
    for (const [id, next] of changes) {
      if (sorted) sorted = replaceInOrder(sorted, this.byId.get(id), next);
      if (next) this.byId.set(id, next);
      else this.byId.delete(id);
    }
    this.changed(sorted);
  }

  snapshot(): FeedSnapshot {
    this.sorted ??= [...this.byId.values()].sort(byReadingOrder);
    return { annotations: this.sorted, complete: this.complete };
  }

  /**
   * Tells the listener; `sorted` is the new order when known, else it is
   * sorted when asked. `bulk`: the whole article was read (not a few records
   * changed), which a view may draw when it has time.
   */
  private changed(sorted: Annotation[] | null = null, bulk = false): void {
    this.sorted = sorted;
    if (!this.stopped) this.onChange(this.snapshot(), bulk);
  }

  private async load(): Promise<void> {
    const early = prefetched.get(this.articleId);
    prefetched.delete(this.articleId); // used once: later opens read what is current
    const first = await (early ?? firstPage(this.articleId));
    if (this.stopped) return;
    for (const a of first) this.byId.set(a.id, a);
    if (first.length < FIRST_PAGE) this.complete = true;
    this.changed();
    if (this.complete) return;

    this.pending = new Set();
    performance.mark('fm:load-annotations:start');
    const all = await readInSlices(this.articleId, this.onSlice);
    performance.measure('fm:load-annotations', 'fm:load-annotations:start');
    if (this.stopped) return;
    const pending = this.takePending();
    this.takeAll(all);
    if (pending === 'all') await this.reloadAll();
    else if (pending) await this.reread([...pending]);
  }

  /** What changed during the full read (a change event may arrive while it awaits). */
  private takePending(): Set<string> | 'all' | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }

  private onMutated = (parts: ObservabilitySet): void => {
    const prefix = `idb://${db.name}/annotations/`;
    if (!Object.keys(parts).some(part => part.startsWith(prefix))) return;
    const keys = mutatedKeys(parts, 'annotations');
    const targeted = keys !== null && keys.length <= MAX_TARGETED_READ;
    const pending = this.pending;
    if (pending !== null) {
      // the full read is running: remember what to read again once it is done
      if (pending !== 'all' && keys !== null && targeted) for (const k of keys) pending.add(k);
      else this.pending = 'all';
      return;
    }
    void (keys !== null && targeted ? this.reread(keys) : this.reloadAll());
  };

  /** Reads these records again: changed, moved to another article, or deleted. */
  private async reread(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const records = await db.annotations.bulkGet(ids);
    if (this.stopped) return;
    let changed = false;
    ids.forEach((id, i) => {
      const record = records[i];
      if (record && record.articleId === this.articleId) {
        if (!sameJson(this.byId.get(id), record)) {
          this.byId.set(id, record);
          changed = true;
        }
      } else if (this.byId.delete(id)) {
        changed = true;
      }
    });
    if (changed) this.changed();
  }

  private async reloadAll(): Promise<void> {
    // a record read as the feed holds it keeps its object and is not prepared again: after this
    // tab's own bulk write (a first sync's thousands, shown as they were written), none is
    const kept = new Map<string, Annotation>();
    const all = await readInSlices(this.articleId, slice => {
      const fresh: Annotation[] = [];
      for (const a of slice) {
        const had = this.byId.get(a.id);
        if (had && sameJson(had, a)) kept.set(a.id, had);
        else fresh.push(a);
      }
      if (fresh.length > 0) this.onSlice(fresh);
    });
    if (this.stopped) return;
    const same = this.complete && kept.size === all.length && all.length === this.byId.size;
    if (!same) this.takeAll(all, kept);
  }

  /**
   * The whole article, just read: it replaces what the feed held. A record
   * read as the feed holds it keeps its object (its highlight and entry are
   * kept too): those in `kept`, found so as they were read, or else compared.
   */
  private takeAll(all: Annotation[], kept?: ReadonlyMap<string, Annotation>): void {
    this.byId = new Map(
      all.map(a => {
        const had = this.byId.get(a.id);
        const same = had !== undefined && (kept ? kept.get(a.id) === had : sameJson(had, a));
        return [a.id, same ? had : a];
      }),
    );
    this.complete = true;
    this.changed(null, true);
  }
}
