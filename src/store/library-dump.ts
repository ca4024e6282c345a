import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article } from '../model/types';
import { db, type SettingRow } from './db';

/** Everything the library holds, as stored: what a backup carries. */
export interface LibraryDump {
  /** Every article, each version its own, with its annotations. */
  articles: { article: Article; annotations: Annotation[] }[];
  tombstones: Tombstone[];
  settings: SettingRow[];
}

/** Reads the whole library in one transaction (a consistent copy, whatever other tabs do). */
export async function readLibraryDump(): Promise<LibraryDump> {
  return db.transaction(
    'r',
    [db.articles, db.annotations, db.tombstones, db.settings],
    async () => {
      const [articles, annotations, tombstones, settings] = await Promise.all([
        db.articles.orderBy('updatedAt').toArray(),
        db.annotations.toArray(),
        db.tombstones.toArray(),
        db.settings.toArray(),
      ]);
      const byArticle = new Map<string, Annotation[]>(articles.map(a => [a.id, []]));
      for (const a of annotations) byArticle.get(a.articleId)?.push(a);
      return {
        articles: articles.map(article => ({
          article,
          annotations: byArticle.get(article.id) ?? [],
        })),
        tombstones,
        settings,
      };
    },
  );
}

/**
 * Before a restore merges an article in: an article here with its id and
 * its text that holds no work (no annotation, no tombstone, never changed
 * since it was added, as the seeded sample) takes the backup's record, so a
 * restore into a new browser gives back exactly what was there. Anything
 * with work on it is left to the merge.
 */
export async function adoptUntouchedArticle(article: Article): Promise<void> {
  await db.transaction('rw', [db.articles, db.annotations, db.tombstones], async () => {
    const here = await db.articles.get(article.id);
    if (!here || here.textHash !== article.textHash || here.createdAt !== here.updatedAt) return;
    const work =
      (await db.annotations.where('articleId').equals(here.id).count()) +
      (await db.tombstones.where('articleId').equals(here.id).count());
    if (work === 0) await db.articles.put(article);
  });
}

/**
 * Merges a backup's settings and tombstones, never replacing what is here: a
 * setting is added only where this browser has none (its reviewer name, its
 * scale, the article it opens on start stay); a tombstone only where no annotation or tombstone has its id (a deletion in
 * the backup never deletes work here). Returns how many of each were added.
 */
export async function mergeSettingsAndTombstones(
  settings: readonly SettingRow[],
  tombstones: readonly Tombstone[],
  now: string,
): Promise<{ settings: number; tombstones: number }> {
  return db.transaction('rw', [db.settings, db.tombstones, db.annotations], async () => {
    const keys = settings.map(s => s.key);
    const hereKeys = new Set(await db.settings.where(':id').anyOf(keys).primaryKeys());
    const newSettings = settings.filter(s => !hereKeys.has(s.key));
    const ids = tombstones.map(t => t.id);
    const taken = new Set([
      ...(await db.annotations.where(':id').anyOf(ids).primaryKeys()),
      ...(await db.tombstones.where(':id').anyOf(ids).primaryKeys()),
    ]);
    // a deletion dated in the future would outlive every later edit: clamped like an import's times
    const newTombstones = tombstones
      .filter(t => !taken.has(t.id))
      .map(t => (Date.parse(t.at) > Date.parse(now) ? { ...t, at: now } : t));
    await db.settings.bulkAdd(newSettings);
    await db.tombstones.bulkAdd(newTombstones);
    return { settings: newSettings.length, tombstones: newTombstones.length };
  });
}
