import { clampAnnotationTimes, clampArticleTimes, decideMerge } from '../model/import-merge';
import { newId } from '../model/ids';
import { CodePointIndex } from '../model/offsets';
import type { ReanchorSummary } from '../model/reanchor';
import type { Annotation, Article } from '../model/types';
import { db } from './db';
import { findDestination, loadReanchoring, type ImportFile } from './import-plan';
import { anchoredTexts } from './known-texts';

export interface ImportReport extends ReanchorSummary {
  /** The article the annotations now belong to. */
  articleId: string;
  title: string;
  /**
   * A new article; merged into the same text already here; a new version of an
   * article here with other text; or, as the reviewer chose, that other text
   * as an article of its own.
   */
  outcome: 'new-article' | 'merged' | 'new-version' | 'separate-article';
  /** Stored, `reassigned` among them. */
  added: number;
  /** Replaced by the file's later copy. */
  updated: number;
  /** Already here exactly as in the file. */
  unchanged: number;
  /** Kept as they are here: later than the file's copy, or the file's is dated in the future. */
  keptLocal: number;
  /** Of `keptLocal`: the file's copy is dated after the import, so it could not win. */
  futureDated: number;
  /** Deleted here after the file's copy was last changed: not brought back. */
  deletedHere: number;
  /** Of `added`: their id belongs to an annotation of another article, so they got a new one. */
  reassigned: number;
}

export interface ImportOptions {
  /** Told how many of the annotations are saved, between writes. */
  onProgress?: (saved: number, total: number) => void;
  /** Aborting it undoes the import: the transaction is abandoned before it commits. */
  signal?: AbortSignal;
  /** Store a file whose id names an article here with other text as an article of its own. */
  asSeparateArticle?: boolean;
}

/** Records written per request, so a long import can report its progress between them. */
const WRITE_CHUNK = 1000;

type Counts = Omit<ImportReport, keyof ReanchorSummary | 'articleId' | 'title' | 'outcome'>;

/** The article the file's annotations go to (added unless merged), and the one it replaces. */
async function placeArticle(file: ImportFile, now: string, separate: boolean) {
  const found = await findDestination(file);
  if (found.kind === 'merged') return { article: found.article, outcome: 'merged' as const };
  const incoming = clampArticleTimes(file.article, now);
  if (found.kind === 'new-article') {
    await db.articles.add(incoming);
    return { article: incoming, outcome: 'new-article' as const };
  }
  const article: Article = separate
    ? { ...incoming, id: newId(), createdAt: now, updatedAt: now }
    : {
        ...incoming,
        id: newId(),
        previousVersionId: found.replaced.id,
        createdAt: now,
        updatedAt: now,
      };
  await db.articles.add(article);
  return separate
    ? { article, outcome: 'separate-article' as const }
    : { article, outcome: 'new-version' as const, replaced: found.replaced };
}

/**
 * Writes a validated annotated-JSON file in one transaction: all or nothing.
 * - The same text is already here (same hash): annotations merge by id.
 * - An article with the file's id but another text is here: the file's text
 *   becomes a new version of it (`previousVersionId`), and the annotations of
 *   the version here move onto it, re-anchored by their quotes; or, with
 *   `asSeparateArticle`, an article of its own, the one here left alone.
 * - Otherwise the article and its annotations are added as they are.
 * Each annotation is merged as `decideMerge` says: the later copy wins, but
 * never by a time after `now` (stored times are clamped to it), a deletion
 * here is honoured, and an id of another article's annotation is never
 * merged but given to a new one. Every annotation is anchored on the text it
 * ends up on; none is dropped but those deleted here.
 */
export async function importAnnotatedArticle(
  file: ImportFile,
  now: string,
  { onProgress, signal, asSeparateArticle = false }: ImportOptions = {},
): Promise<ImportReport> {
  const { reanchorAnnotations } = await loadReanchoring();
  return db.transaction('rw', db.articles, db.annotations, db.tombstones, async () => {
    const placed = await placeArticle(file, now, asSeparateArticle);
    const { article } = placed;
    const replaced = 'replaced' in placed ? placed.replaced : undefined;
    const moved = replaced
      ? await db.annotations.where('articleId').equals(replaced.id).toArray()
      : [];
    const articles = new Set([article.id, ...(replaced ? [replaced.id] : [])]);
    const incoming = file.annotations.map(a => ({ ...a, articleId: article.id }));
    const ids = incoming.map(a => a.id);
    // one cursor over the ids that are here, not a request per id: 20,000 gets held the page 2 s
    const [here, tombstones] = await Promise.all([
      db.annotations.where(':id').anyOf(ids).toArray(),
      db.tombstones.where(':id').anyOf(ids).toArray(),
    ]);
    const hereById = new Map(here.map(a => [a.id, a]));
    const tombstoneById = new Map(tombstones.map(t => [t.id, t]));

    const counts: Counts = {
      added: 0,
      updated: 0,
      unchanged: 0,
      keptLocal: 0,
      futureDated: 0,
      deletedHere: 0,
      reassigned: 0,
    };
    const inFile = new Set(ids);
    // the annotations moving to the new text, unless the file has its own copy
    const candidates: Annotation[] = moved
      .filter(a => !inFile.has(a.id))
      .map(a => ({ ...a, articleId: article.id }));
    // ids of the copies from here: they were anchored on the replaced text, not the file's
    const fromHere = new Set(candidates.map(a => a.id));
    const revived: string[] = [];
    for (const theirs of incoming) {
      const mine = hereById.get(theirs.id);
      const tombstone = tombstoneById.get(theirs.id);
      const action = decideMerge({ theirs, here: mine, tombstone, articles, now });
      const movesHere = mine !== undefined && mine.articleId !== article.id;
      if (action === 'add' || action === 'take-theirs') {
        counts[action === 'add' ? 'added' : 'updated']++;
        candidates.push(clampAnnotationTimes(theirs, now));
        if (tombstone) revived.push(theirs.id);
      } else if (action === 'new-id') {
        counts.added++;
        counts.reassigned++;
        candidates.push({ ...clampAnnotationTimes(theirs, now), id: newId() });
      } else if (action === 'deleted-here') {
        counts.deletedHere++;
      } else {
        if (action === 'unchanged') counts.unchanged++;
        else {
          counts.keptLocal++;
          if (action.keep === 'future-dated') counts.futureDated++;
        }
        if (mine && movesHere) {
          candidates.push({ ...mine, articleId: article.id });
          fromHere.add(mine.id);
        }
      }
    }

    const sourceOf = await anchoredTexts(
      candidates,
      file.described ?? { text: file.article.text, hash: file.article.textHash },
      replaced && { text: replaced.text, hash: replaced.textHash },
      a => fromHere.has(a.id),
    );
    performance.mark('fm:reanchor:start');
    const { annotations, summary } = reanchorAnnotations(
      new CodePointIndex(article.text),
      candidates,
      now,
      sourceOf,
    );
    performance.measure('fm:reanchor', 'fm:reanchor:start');
    await db.tombstones.bulkDelete(revived);
    // still one transaction: awaiting only its own requests keeps it open, so it stays all or nothing
    for (let done = 0; done < annotations.length; done += WRITE_CHUNK) {
      signal?.throwIfAborted();
      onProgress?.(done, annotations.length);
      await db.annotations.bulkPut(annotations.slice(done, done + WRITE_CHUNK));
    }
    signal?.throwIfAborted();
    onProgress?.(annotations.length, annotations.length);
    return {
      articleId: article.id,
      title: article.title,
      outcome: placed.outcome,
      ...counts,
      ...summary,
    };
  });
}
