import Dexie, { type ObservabilitySet } from 'dexie';
import type { Tombstone } from '../model/tombstone';
import type { Annotation } from '../model/types';
import { db } from './db';
import { mutatedKeys } from './mutated-keys';
import { readArticleState } from './sync-store';

/** Beyond this many changed records at once, the whole article is read again. */
const MAX_TARGETED_READ = 1000;

/**
 * The stored state of some of an article's records: `ids` those read (null:
 * all of the article's), `annotations` and `tombstones` those of them the
 * article holds now. An id read but in neither is gone, or another article's.
 */
export interface ArticleChange {
  ids: ReadonlySet<string> | null;
  annotations: Annotation[];
  tombstones: Tombstone[];
}

/** The records of these ids as stored now, those of the article only, in one transaction. */
function readIds(articleId: string, ids: string[]): Promise<ArticleChange> {
  return db.transaction('r', db.annotations, db.tombstones, async () => {
    const [annotations, tombstones] = await Promise.all([
      db.annotations.bulkGet(ids),
      db.tombstones.bulkGet(ids),
    ]);
    const ofArticle = <T extends { articleId: string }>(r: T | undefined): r is T =>
      r?.articleId === articleId;
    return {
      ids: new Set(ids),
      annotations: annotations.filter(ofArticle),
      tombstones: tombstones.filter(ofArticle),
    };
  });
}

/**
 * Calls `onChange` with all of the article's annotations and tombstones
 * first, then after every committed change, from this tab or another, with
 * the records that change named (Dexie's `storagemutated` event): only
 * those are read again, where a live query of the article read all of them
 * (10,000 records) after every save. A bulk change is read in full. Calls
 * come one at a time, in order. `first` settles after the first call;
 * `stop` ends it.
 */
export function watchArticleChanges(
  articleId: string,
  onChange: (change: ArticleChange) => void,
): { stop: () => void; first: Promise<void> } {
  let stopped = false;
  let reading: Promise<void> = Promise.resolve();
  const read = (ids: string[] | null) => {
    reading = reading
      .then(async () => {
        if (stopped) return;
        const change =
          ids === null
            ? { ids: null, ...(await readArticleState(articleId)) }
            : await readIds(articleId, ids);
        if (!stopped) onChange(change);
        // a failed read is retried by the next change; the store's own errors reach the UI elsewhere
      })
      .catch(() => {});
    return reading;
  };
  const onMutated = (parts: ObservabilitySet) => {
    const annotations = mutatedKeys(parts, 'annotations');
    const tombstones = mutatedKeys(parts, 'tombstones');
    const keys = annotations && tombstones ? [...new Set([...annotations, ...tombstones])] : null;
    if (keys?.length === 0) return;
    void read(keys !== null && keys.length <= MAX_TARGETED_READ ? keys : null);
  };
  // listening before the first read: nothing committed meanwhile is missed
  Dexie.on('storagemutated', onMutated);
  const first = read(null);
  return {
    first,
    stop: () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
}
