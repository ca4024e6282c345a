import type { Tombstone } from '../model/tombstone';
import { CodePointIndex } from '../model/offsets';
import type * as Reanchoring from '../model/reanchor';
import type { KnownText, ReanchorSummary } from '../model/reanchor';
import type { Annotation, Article } from '../model/types';
import { db } from './db';
import { anchoredTexts } from './known-texts';

/** An annotated-JSON file as the import gate returns it: an article and its annotations. */
export interface ImportFile {
  article: Article;
  annotations: readonly Annotation[];
  /** The text the file's targets describe, if not the article's (it came decomposed). */
  described?: KnownText;
  /** The file's tombstones (format 3): deletions made where it was written. */
  tombstones?: readonly Tombstone[];
}

/**
 * Where a file's annotations would go:
 * - `merged`: the same text is here (same hash), under this article;
 * - `new-version`: an article with the file's id is here with another text (`replaced`);
 * - `new-article`: neither.
 */
export type Destination =
  | { kind: 'merged'; article: Article }
  | { kind: 'new-version'; replaced: Article }
  | { kind: 'new-article' };

/** Reads where a file would go; call inside a transaction over the articles. */
export async function findDestination(file: ImportFile): Promise<Destination> {
  const byId = await db.articles.get(file.article.id);
  const sameText =
    byId?.textHash === file.article.textHash
      ? byId
      : await db.articles.where('textHash').equals(file.article.textHash).first();
  if (sameText) return { kind: 'merged', article: sameText };
  if (byId) return { kind: 'new-version', replaced: byId };
  return { kind: 'new-article' };
}

/** What an import would do, worked out before it writes anything. */
export interface ImportPlan extends ReanchorSummary {
  outcome: Destination['kind'];
  /** The file's article title. */
  title: string;
  /** The title of the article whose text the file's would replace (`new-version`). */
  replacedTitle?: string;
  /**
   * Annotations here that would move onto the file's text (a new version of
   * their article); `anchored`, `fuzzy` and `orphaned` say how they would land.
   */
  moving: number;
}

/**
 * What importing `file` would do to the annotations here, without writing:
 * when its text would replace an article's, how many of that article's
 * annotations would move, and how many would be found exactly, only
 * approximately, or not at all. The app asks the reviewer before such an import.
 */
export async function planImport(file: ImportFile, now: string): Promise<ImportPlan> {
  const { reanchorAnnotations } = await loadReanchoring();
  return db.transaction('r', db.articles, db.annotations, async () => {
    const found = await findDestination(file);
    const base = { outcome: found.kind, title: file.article.title };
    if (found.kind !== 'new-version') {
      return { ...base, moving: 0, anchored: 0, fuzzy: 0, orphaned: 0 };
    }
    const moving: Annotation[] = await db.annotations
      .where('articleId')
      .equals(found.replaced.id)
      .toArray();
    const { replaced } = found;
    const here = { text: replaced.text, hash: replaced.textHash };
    const sourceOf = await anchoredTexts(moving, here, here, () => true);
    const index = new CodePointIndex(file.article.text);
    const { summary } = reanchorAnnotations(index, moving, now, sourceOf);
    return { ...base, replacedTitle: found.replaced.title, moving: moving.length, ...summary };
  });
}

/**
 * The re-anchoring, with the diff mapping it brings, loaded only when a file
 * is imported; load it before a transaction, since awaiting anything but the
 * database inside one would let it commit half way.
 */
export function loadReanchoring(): Promise<typeof Reanchoring> {
  return import('../model/reanchor');
}
