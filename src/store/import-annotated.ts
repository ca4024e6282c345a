import { newId } from '../model/ids';
import { CodePointIndex } from '../model/offsets';
import type { KnownText, ReanchorSummary } from '../model/reanchor';
import { sameJson } from '../model/same-json';
import type { Annotation, Article } from '../model/types';
import { db } from './db';
import { textsOfOrphans } from './known-texts';

export interface ImportReport extends ReanchorSummary {
  /** The article the annotations now belong to. */
  articleId: string;
  title: string;
  /** A new article; merged into the same text already here; or a new version of an article here with other text. */
  outcome: 'new-article' | 'merged' | 'new-version';
  added: number;
  /** Replaced by the file's newer copy. */
  updated: number;
  /** Already here exactly as in the file. */
  unchanged: number;
  /** Kept as they are here: this copy is newer than the file's. */
  keptLocal: number;
}

const newer = (a: Annotation, b: Annotation) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * Writes a validated annotated-JSON file in one transaction: all or nothing.
 * - The same text is already here (same hash): annotations merge by id, the newer copy wins.
 * - An article with the file's id but another text is here: the file's text becomes a new
 *   version of it (`previousVersionId`), and the annotations of the version here move onto
 *   it, re-anchored by their quotes.
 * - Otherwise the article and its annotations are added as they are.
 * Every annotation is anchored on the text it ends up on; none is dropped.
 */
/** Records written per request, so a long import can report its progress between them. */
const WRITE_CHUNK = 1000;

export async function importAnnotatedArticle(
  file: {
    article: Article;
    annotations: readonly Annotation[];
    /** The text the file's targets describe, if not the article's (it came decomposed). */
    described?: KnownText;
  },
  now: string,
  onProgress?: (saved: number, total: number) => void,
): Promise<ImportReport> {
  // the diff mapping is loaded only when a file is imported, and before the transaction:
  // awaiting anything but the database inside it would let it commit half way
  const { reanchorAnnotations } = await import('../model/reanchor');
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const byId = await db.articles.get(file.article.id);
    const sameText =
      byId?.textHash === file.article.textHash
        ? byId
        : await db.articles.where('textHash').equals(file.article.textHash).first();

    let article: Article;
    let outcome: ImportReport['outcome'];
    let moved: Annotation[] = [];
    if (sameText) {
      article = sameText;
      outcome = 'merged';
    } else if (byId) {
      article = {
        ...file.article,
        id: newId(),
        previousVersionId: byId.id,
        createdAt: now,
        updatedAt: now,
      };
      outcome = 'new-version';
      moved = await db.annotations.where('articleId').equals(byId.id).toArray();
      await db.articles.add(article);
    } else {
      article = file.article;
      outcome = 'new-article';
      await db.articles.add(article);
    }

    // the file's copy of an annotation against the one here (moved ones count as here)
    const incoming = new Map(file.annotations.map(a => [a.id, { ...a, articleId: article.id }]));
    const report = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
    const candidates: Annotation[] = [];
    const movedIds = new Set(moved.map(a => a.id));
    for (const local of moved) {
      const theirs = incoming.get(local.id);
      candidates.push(
        theirs && newer(theirs, local) ? theirs : { ...local, articleId: article.id },
      );
    }
    const existing = await db.annotations.bulkGet(
      [...incoming.keys()].filter(id => !movedIds.has(id)),
    );
    let i = 0;
    for (const [id, theirs] of incoming) {
      if (movedIds.has(id)) continue;
      const here = existing[i++];
      if (!here) {
        report.added++;
        candidates.push(theirs);
      } else if (newer(theirs, here)) {
        report.updated++;
        candidates.push(theirs);
      } else if (sameJson(theirs, here)) report.unchanged++;
      else report.keptLocal++;
    }
    for (const local of moved) {
      const theirs = incoming.get(local.id);
      if (!theirs) continue;
      if (newer(theirs, local)) report.updated++;
      else report.keptLocal++;
    }

    // the text each annotation was last anchored on, so that the diff can map it
    const fileText = file.described ?? { text: file.article.text, hash: file.article.textHash };
    const hereText = byId && { text: byId.text, hash: byId.textHash };
    const older = await textsOfOrphans(candidates);
    const sourceOf = (a: Annotation) =>
      (a.anchoring?.method === 'orphan' && older.get(a.anchoring.textHash ?? '')) ||
      (movedIds.has(a.id) && !incoming.has(a.id) ? hereText : fileText) ||
      undefined;
    performance.mark('fm:reanchor:start');
    const { annotations, summary } = reanchorAnnotations(
      new CodePointIndex(article.text),
      candidates,
      now,
      sourceOf,
    );
    performance.measure('fm:reanchor', 'fm:reanchor:start');
    // still one transaction: awaiting only its own requests keeps it open, so it stays all or nothing
    for (let done = 0; done < annotations.length; done += WRITE_CHUNK) {
      onProgress?.(done, annotations.length);
      await db.annotations.bulkPut(annotations.slice(done, done + WRITE_CHUNK));
    }
    onProgress?.(annotations.length, annotations.length);
    return { articleId: article.id, title: article.title, outcome, ...report, ...summary };
  });
}
